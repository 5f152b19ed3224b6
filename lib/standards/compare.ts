import { diffText, unchanged, type DiffPart } from './diff';
import { editableFields, settingFields, textFields, type CategoryContent, type EditableField } from './fields';

export type FieldChange = { field: EditableField; before: string; after: string; parts: DiffPart[] };
export type CategoryComparison = {
  categoryId: string;
  change: 'added' | 'retired' | 'restored' | 'changed' | 'unchanged';
  before: CategoryContent | null;
  after: CategoryContent;
  fields: FieldChange[];
};

const show = (c: CategoryContent | null, f: EditableField) => (c ? String(c[f]) : '');

/** What a draft changes against the published version, category by category, in the draft's order. */
export function compareVersions(published: CategoryContent[], draft: CategoryContent[]): CategoryComparison[] {
  const old = new Map(published.map((c) => [c.categoryId, c]));
  return draft.map((after) => {
    const before = old.get(after.categoryId) ?? null;
    const fields: FieldChange[] = [];
    for (const field of editableFields) {
      const a = show(before, field);
      const b = show(after, field);
      if (before && a === b) continue;
      if (!before && field === 'retired' && !after.retired) continue;
      const parts = (textFields as readonly string[]).includes(field) ? diffText(a, b) : [
        ...(before ? [{ op: 'delete' as const, text: a }] : []), { op: 'insert' as const, text: b },
      ];
      if (!before && !b) continue;
      if ((settingFields as readonly string[]).includes(field) || !unchanged(parts)) fields.push({ field, before: a, after: b, parts });
    }
    const change = !before ? 'added'
      : after.retired && !before.retired ? 'retired'
        : !after.retired && before.retired ? 'restored'
          : fields.length ? 'changed' : 'unchanged';
    return { categoryId: after.categoryId, change, before, after, fields };
  });
}
