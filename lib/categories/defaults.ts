import type { Category } from '@/db/schema';

/** The notice's categories with their starting severity (1–4) and due time; admins adjust both. */
export const defaultCategories: Omit<Category, 'active'>[] = [
  { id: 'insult', nameEn: 'Insult', nameZh: '侮辱谩骂', severity: 2, dueMinutes: 24 * 60, selfHarm: false, sortOrder: 1 },
  { id: 'derision', nameEn: 'Derision', nameZh: '嘲讽贬损', severity: 1, dueMinutes: 48 * 60, selfHarm: false, sortOrder: 2 },
  { id: 'rumour', nameEn: 'Rumour', nameZh: '造谣传谣', severity: 3, dueMinutes: 12 * 60, selfHarm: false, sortOrder: 3 },
  { id: 'defamation', nameEn: 'Defamation', nameZh: '诽谤', severity: 3, dueMinutes: 12 * 60, selfHarm: false, sortOrder: 4 },
  { id: 'privacy_invasion', nameEn: 'Privacy invasion / doxxing', nameZh: '侵犯隐私 / 人肉搜索', severity: 4, dueMinutes: 4 * 60, selfHarm: false, sortOrder: 5 },
  { id: 'incitement', nameEn: 'Incitement / brigading', nameZh: '煽动 / 网暴围攻', severity: 3, dueMinutes: 6 * 60, selfHarm: false, sortOrder: 6 },
  { id: 'threat', nameEn: 'Threats', nameZh: '威胁恐吓', severity: 4, dueMinutes: 2 * 60, selfHarm: false, sortOrder: 7 },
  { id: 'self_harm', nameEn: 'Inducing self-harm', nameZh: '诱导自残自杀', severity: 4, dueMinutes: 60, selfHarm: true, sortOrder: 8 },
  { id: 'discrimination', nameEn: 'Discrimination', nameZh: '歧视', severity: 2, dueMinutes: 24 * 60, selfHarm: false, sortOrder: 9 },
];
