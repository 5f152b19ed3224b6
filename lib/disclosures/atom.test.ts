import { describe, expect, it } from 'vitest';
import { atomFeed } from './atom';

const d = {
  id: '00000000-0000-4000-8000-000000000001', version: 2, titleEn: 'Handled <b>fast</b> & well', bodyEn: 'Removed 3 <script>x</script>',
  titleZh: '处置通报', bodyZh: '删除评论 3 条', measures: {}, correctionNote: 'Count fixed',
  publishedAt: new Date('2026-03-02T00:00:00Z'), firstPublishedAt: new Date('2026-03-01T00:00:00Z'),
};

describe('atomFeed', () => {
  it('escapes the text so no markup from a disclosure reaches a reader', () => {
    const xml = atomFeed([d], { origin: 'https://x.test', lang: 'en' });
    expect(xml).toContain('<title type="text">Handled &lt;b&gt;fast&lt;/b&gt; &amp; well</title>');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<published>2026-03-01T00:00:00.000Z</published>');
    expect(xml).toContain('Correction: Count fixed');
  });

  it('speaks Chinese when asked', () => {
    const xml = atomFeed([d], { origin: 'https://x.test', lang: 'zh' });
    expect(xml).toContain('xml:lang="zh-CN"');
    expect(xml).toContain('<title type="text">处置通报</title>');
  });
});
