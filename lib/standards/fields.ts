import type { StandardsCategory } from '@/db/schema';

/** The texts a category carries in each language; the diff and the editor walk them in this order. */
export const textFields = [
  'nameEn', 'nameZh', 'definitionEn', 'definitionZh', 'indicatorsEn', 'indicatorsZh', 'notCyberviolenceEn', 'notCyberviolenceZh',
] as const;
export const settingFields = ['severity', 'defaultAction', 'dueMinutes', 'retired'] as const;
export const editableFields = [...textFields, ...settingFields] as const;

export type TextField = (typeof textFields)[number];
export type EditableField = (typeof editableFields)[number];
export type CategoryContent = Pick<StandardsCategory, EditableField | 'categoryId' | 'sortOrder'>;

export const defaultActions = ['fold', 'remove', 'warn', 'escalate'] as const;
export type DefaultAction = (typeof defaultActions)[number];

/** The fields whose value differs, for the audit row and the "changed" marks. */
export function changedFields(before: Partial<CategoryContent>, after: Partial<CategoryContent>): EditableField[] {
  return editableFields.filter((f) => f in after && after[f] !== before[f]);
}
