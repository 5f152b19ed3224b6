import type { PublicDisclosure } from './queries';

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
// Characters XML 1.0 forbids even when escaped: dropped so that one bad byte cannot break the feed.
const xmlSafe = (s: string) => escapeXml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));

/** An Atom feed of the published disclosures; entries are plain text, as on the page. */
export function atomFeed(disclosures: PublicDisclosure[], opts: { origin: string; lang: 'en' | 'zh' }): string {
  const zh = opts.lang === 'zh';
  const updated = disclosures[0]?.publishedAt ?? new Date(0);
  const entries = disclosures.map((d) => {
    const link = `${opts.origin}/transparency/${d.id}`;
    return `  <entry>
    <id>urn:uuid:${d.id}</id>
    <title type="text">${xmlSafe(zh ? d.titleZh : d.titleEn)}</title>
    <link rel="alternate" href="${xmlSafe(link)}"/>
    <published>${d.firstPublishedAt.toISOString()}</published>
    <updated>${d.publishedAt.toISOString()}</updated>
    <content type="text">${xmlSafe([d.correctionNote ? `${zh ? '更正说明' : 'Correction'}: ${d.correctionNote}` : '', zh ? d.bodyZh : d.bodyEn].filter(Boolean).join('\n\n'))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${zh ? 'zh-CN' : 'en'}">
  <id>${xmlSafe(`${opts.origin}/transparency`)}</id>
  <title>${zh ? '网络暴力治理信息公开' : 'Cyberviolence transparency disclosures'}</title>
  <link rel="self" href="${xmlSafe(`${opts.origin}/transparency/feed.xml${zh ? '?lang=zh' : ''}`)}"/>
  <link rel="alternate" href="${xmlSafe(`${opts.origin}/transparency`)}"/>
  <author><name>Bulwark</name></author>
  <updated>${updated.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}
