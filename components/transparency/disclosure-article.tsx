import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { PlainText } from '@/components/disclosures/plain-text';
import type { PublicDisclosure } from '@/lib/disclosures/queries';

/** One published disclosure in the reader's language; the text is plain text, never HTML. */
export function DisclosureArticle({ d, link, full }: { d: PublicDisclosure; link?: boolean; full?: boolean }) {
  const t = useTranslations('transparency');
  const format = useFormatter();
  const zh = useLocale() === 'zh';
  const title = zh ? d.titleZh : d.titleEn;
  const body = zh ? d.bodyZh : d.bodyEn;
  return (
    <article className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" lang={zh ? 'zh-CN' : 'en'}>
      <h2 className="text-lg font-semibold text-slate-900">{link ? <Link className="hover:underline" href={`/transparency/${d.id}`}>{title}</Link> : title}</h2>
      <p className="text-xs text-slate-600">
        {t('published', { date: format.dateTime(d.firstPublishedAt, { dateStyle: 'long' }) })}
        {d.version > 1 && <> · {t('corrected', { date: format.dateTime(d.publishedAt, { dateStyle: 'long' }) })}</>}
      </p>
      {d.correctionNote && <p className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">{t('correctionNote')}: {d.correctionNote}</p>}
      <PlainText text={full ? body : body.length > 400 ? `${body.slice(0, 400)}…` : body} className="text-sm leading-6 text-slate-800" />
    </article>
  );
}
