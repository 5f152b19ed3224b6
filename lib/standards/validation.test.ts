import { describe, expect, it } from 'vitest';
import { addCategoryInput, publishInput, publishProblems, saveDraftInput } from './validation';

const complete = { categoryId: 'insult', retired: false, definitionEn: 'd', definitionZh: '定义', notCyberviolenceEn: 'n', notCyberviolenceZh: '不属于' };
const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('draft saves', () => {
  it('accept a partial change with an empty text (the draft is still being written)', () => {
    expect(saveDraftInput.safeParse({ version: 2, categoryId: 'insult', changes: { definitionEn: '' } }).success).toBe(true);
  });

  it('refuse out-of-range settings and empty names with a code per field', () => {
    const r = saveDraftInput.safeParse({ version: 2, categoryId: 'insult', changes: { severity: 5, dueMinutes: 1, nameZh: '  ', defaultAction: 'not_violation' } });
    expect(fieldsOf(r)).toEqual({
      'changes.severity': 'severity_invalid', 'changes.dueMinutes': 'due_minutes_invalid', 'changes.nameZh': 'required', 'changes.defaultAction': 'action_invalid',
    });
  });

  it('refuse an empty change and an overlong text', () => {
    expect(fieldsOf(saveDraftInput.safeParse({ version: 2, categoryId: 'insult', changes: {} }))).toEqual({ changes: 'nothing_to_save' });
    expect(fieldsOf(saveDraftInput.safeParse({ version: 2, categoryId: 'insult', changes: { definitionZh: '字'.repeat(5001) } }))).toEqual({ 'changes.definitionZh': 'too_long' });
  });

  it('take category ids as lowercase slugs', () => {
    expect(addCategoryInput.safeParse({ version: 2, categoryId: 'stalking', nameEn: 'Stalking', nameZh: '跟踪骚扰' }).success).toBe(true);
    expect(fieldsOf(addCategoryInput.safeParse({ version: 2, categoryId: 'Bad Id', nameEn: 'x', nameZh: 'y' }))).toEqual({ categoryId: 'id_invalid' });
  });
});

describe('publishing', () => {
  it('needs a change note', () => {
    const reviewedAt = new Date().toISOString();
    expect(fieldsOf(publishInput.safeParse({ version: 2, changeNote: '   ', reviewedAt }))).toEqual({ changeNote: 'change_note_required' });
    expect(publishInput.safeParse({ version: 2, changeNote: 'Clearer insult definition', reviewedAt }).success).toBe(true);
  });

  it('needs the time of the draft the admin reviewed', () => {
    expect(fieldsOf(publishInput.safeParse({ version: 2, changeNote: 'note', reviewedAt: 'yesterday' }))).toEqual({ reviewedAt: 'draft_changed' });
  });

  it('needs the definition and the "not cyberviolence" line in both languages for every category in use', () => {
    expect(publishProblems([complete])).toEqual({});
    expect(publishProblems([{ ...complete, definitionZh: ' ', notCyberviolenceEn: '' }])).toEqual({
      'insult.definitionZh': ['required'], 'insult.notCyberviolenceEn': ['required'],
    });
  });

  it('ignores retired categories but needs at least one in use', () => {
    expect(publishProblems([{ ...complete, retired: true, definitionEn: '' }])).toEqual({ categories: ['no_active_category'] });
  });
});
