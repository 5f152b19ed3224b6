/**
 * What the platform shows an account, as templates an admin edits: one text per kind and language,
 * with {placeholders}. Pure, so the admin page previews with the same code the outbox uses. Plain
 * text only: values are inserted as they are and nothing here is HTML.
 */

export const templateKinds = ['warning', 'prepost_warning', 'appeal_upheld', 'appeal_overturned'] as const;
export type TemplateKind = (typeof templateKinds)[number];
export const templateLocales = ['en', 'zh'] as const;
export type TemplateLocale = (typeof templateLocales)[number];

export const placeholders = ['handle', 'category', 'until', 'caseShortId', 'reference'] as const;
export type Placeholder = (typeof placeholders)[number];
export type TemplateValues = Partial<Record<Placeholder, string>>;

/** Which placeholders each kind can fill: anything else would reach the account as a literal "{…}". */
export const placeholdersOf: Record<TemplateKind, readonly Placeholder[]> = {
  warning: ['handle', 'category', 'caseShortId', 'reference'],
  prepost_warning: ['handle', 'category', 'until', 'reference'],
  appeal_upheld: ['handle', 'reference'],
  appeal_overturned: ['handle', 'reference'],
};

export const defaultTemplates: Record<TemplateKind, Record<TemplateLocale, string>> = {
  warning: {
    en: '@{handle}, your content broke the community rules ({category}) and was actioned. This is a warning; further violations may lead to restrictions. Reference {reference}.',
    zh: '@{handle}，你发布的内容违反了社区规范（{category}），已被处理。这是一次警告，再次违规可能导致限制。编号 {reference}。',
  },
  prepost_warning: {
    en: '@{handle}, please speak reasonably and respect others. You will see this reminder before you post, until {until}. Reference {reference}.',
    zh: '@{handle}，请理性发言、尊重他人。你发布内容前会看到此提醒，有效期至：{until}。编号 {reference}。',
  },
  appeal_upheld: {
    en: '@{handle}, we reviewed your appeal against {reference} and the decision stands.',
    zh: '@{handle}，我们复核了你对 {reference} 的申诉，维持原处理决定。',
  },
  appeal_overturned: {
    en: '@{handle}, we reviewed your appeal against {reference} and reversed the decision. We are sorry for the inconvenience.',
    zh: '@{handle}，我们复核了你对 {reference} 的申诉，已撤销原处理决定，给你带来不便，敬请谅解。',
  },
};

export const MAX_TEMPLATE_CHARS = 1000;
const token = /\{([^{}]*)\}/g;

/** Problems with a template body, as message codes with the offending text; empty when it is usable. */
export function templateProblems(kind: TemplateKind, body: string): { code: 'empty' | 'too_long' | 'unknown_placeholder' | 'unbalanced_braces'; detail?: string }[] {
  const problems: ReturnType<typeof templateProblems> = [];
  if (!body.trim()) problems.push({ code: 'empty' });
  if (body.length > MAX_TEMPLATE_CHARS) problems.push({ code: 'too_long' });
  const allowed: readonly string[] = placeholdersOf[kind];
  const unknown = [...body.matchAll(token)].map((m) => m[1]).filter((name) => !allowed.includes(name));
  for (const name of new Set(unknown)) problems.push({ code: 'unknown_placeholder', detail: `{${name}}` });
  if (/[{}]/.test(body.replace(token, ''))) problems.push({ code: 'unbalanced_braces' });
  return problems;
}

/** The text the account sees: each known placeholder replaced by its value (empty when none). */
export function renderTemplate(body: string, values: TemplateValues): string {
  return body.replace(token, (whole, name: string) =>
    (placeholders as readonly string[]).includes(name) ? (values[name as Placeholder] ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '') : whole);
}
