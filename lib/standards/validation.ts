import { z } from 'zod';
import { DUE_MINUTES_MAX, DUE_MINUTES_MIN } from '@/lib/categories/bounds';
import { defaultActions, type CategoryContent } from './fields';
import { int4 } from '@/lib/validation/storable';

// Error messages are codes: the editor turns them into sentences in the admin's language.
const name = z.string().trim().min(1, { error: 'required' }).max(80, { error: 'too_long' });
const body = z.string().max(5000, { error: 'too_long' });

/** What one autosave may set. Texts may be empty while the draft is being written; publish requires them. */
export const draftFields = z.object({
  nameEn: name,
  nameZh: name,
  definitionEn: body,
  definitionZh: body,
  indicatorsEn: body,
  indicatorsZh: body,
  notCyberviolenceEn: body,
  notCyberviolenceZh: body,
  severity: z.number({ error: 'severity_invalid' }).int({ error: 'severity_invalid' }).min(1, { error: 'severity_invalid' }).max(4, { error: 'severity_invalid' }),
  defaultAction: z.enum(defaultActions, { error: 'action_invalid' }),
  dueMinutes: z.number({ error: 'due_minutes_invalid' }).int({ error: 'due_minutes_invalid' })
    .min(DUE_MINUTES_MIN, { error: 'due_minutes_invalid' }).max(DUE_MINUTES_MAX, { error: 'due_minutes_invalid' }),
  retired: z.boolean(),
}).partial();

export const categoryId = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'id_invalid' });

export const saveDraftInput = z.object({
  version: int4('version', { min: 1 }),
  categoryId,
  changes: draftFields.refine((c) => Object.keys(c).length > 0, { error: 'nothing_to_save' }),
});

export const addCategoryInput = z.object({
  version: int4('version', { min: 1 }),
  categoryId,
  nameEn: name,
  nameZh: name,
});

export const publishInput = z.object({
  version: int4('version', { min: 1 }),
  changeNote: z.string().trim().min(1, { error: 'change_note_required' }).max(1000, { error: 'too_long' }),
  // When the draft was last saved as the admin reviewed it: what is published is what they saw.
  reviewedAt: z.iso.datetime({ error: 'draft_changed' }),
});

// Without these a moderator cannot tell a violation from legitimate criticism in either language.
const requiredForPublish = ['definitionEn', 'definitionZh', 'notCyberviolenceEn', 'notCyberviolenceZh'] as const;

/**
 * Whether a draft can be published: every category in use has its definition and its "not
 * cyberviolence" line in both languages, and at least one category is in use. Errors are keyed
 * `<categoryId>.<field>` so the editor shows them beside the field.
 */
export function publishProblems(categories: Pick<CategoryContent, 'categoryId' | 'retired' | (typeof requiredForPublish)[number]>[]): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const inUse = categories.filter((c) => !c.retired);
  if (inUse.length === 0) problems.categories = ['no_active_category'];
  for (const c of inUse) {
    for (const f of requiredForPublish) if (!c[f].trim()) problems[`${c.categoryId}.${f}`] = ['required'];
  }
  return problems;
}
