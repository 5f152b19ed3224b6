import type { Measures } from '@/lib/incidents/measures';

// Prefilled wording in both languages; the author rewrites it, the numbers come from the records.
const labels: Record<string, { en: string; zh: string }> = {
  casesLinked: { en: 'reports handled', zh: '处理举报' },
  contentFolded: { en: 'items of content folded', zh: '折叠内容' },
  contentRemoved: { en: 'items of content removed', zh: '删除内容' },
  accountsWarned: { en: 'accounts warned', zh: '警告账号' },
};

export function measureLines(measures: Measures, lang: 'en' | 'zh'): string[] {
  return Object.entries(measures)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => (lang === 'en' ? `- ${n} ${labels[key]?.en ?? key}` : `- ${labels[key]?.zh ?? key}：${n}`));
}

// No incident title in the prefill: titles often carry a party's name, which may not be published.
export function draftTemplate(measures: Measures): { titleEn: string; bodyEn: string; titleZh: string; bodyZh: string } {
  const en = measureLines(measures, 'en');
  const zh = measureLines(measures, 'zh');
  return {
    titleEn: 'How the platform handled a cyberviolence incident',
    titleZh: '网络暴力事件处置情况通报',
    bodyEn: ['After reports of cyberviolence around this incident, the platform took these measures:', ...en].join('\n'),
    bodyZh: ['针对该事件中的网络暴力举报，平台采取了以下措施：', ...zh].join('\n'),
  };
}
