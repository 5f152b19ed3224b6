import type { Measures } from '@/lib/incidents/measures';

// Prefilled wording in both languages; the author rewrites it, the numbers come from the records.
export const measureLabels: Record<string, { en: string; zh: string }> = {
  casesLinked: { en: 'reports handled', zh: '处理举报' },
  contentFolded: { en: 'items of content folded', zh: '折叠内容' },
  contentRemoved: { en: 'items of content removed', zh: '删除内容' },
  accountsWarned: { en: 'accounts warned', zh: '警告账号' },
  commentsFolded: { en: 'comments folded', zh: '折叠评论' },
  commentsRemoved: { en: 'comments removed', zh: '删除评论' },
  roomsStopped: { en: 'live rooms stopped', zh: '关停直播间' },
  hostsBanned: { en: 'livestream hosts banned', zh: '封禁主播' },
  sectionsDispersed: { en: 'topics, groups and sections dispersed', zh: '处置话题、群组和版块' },
  sectionsClosed: { en: 'sections or group accounts closed', zh: '关闭版块或群组账号' },
  agencyActions: { en: 'actions against MCN agencies', zh: '处置 MCN 机构' },
  renamesFlagged: { en: 'renamed accounts sent for real-identity verification', zh: '要求改名账号实名核验' },
  prepostWarnings: { en: 'accounts shown a warning before posting', zh: '发布前提示账号' },
  sanctionWarnings: { en: 'accounts warned and educated', zh: '警示教育账号' },
  accountsMuted: { en: 'accounts muted', zh: '禁言账号' },
  accountsDmSuspended: { en: 'accounts with private messages suspended', zh: '暂停私信账号' },
  accountsClosed: { en: 'accounts closed', zh: '关闭账号' },
  registrationBans: { en: 'people barred from registering again', zh: '禁止重新注册' },
  referrals: { en: 'cases referred to the public security authorities', zh: '移送公安机关' },
};

export function measureLines(measures: Measures, lang: 'en' | 'zh'): string[] {
  return Object.entries(measures)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => (lang === 'en' ? `- ${n} ${measureLabels[key]?.en ?? key}` : `- ${measureLabels[key]?.zh ?? key}：${n}`));
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
