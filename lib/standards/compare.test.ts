import { describe, expect, it } from 'vitest';
import { compareVersions } from './compare';
import type { CategoryContent } from './fields';

const base: CategoryContent = {
  categoryId: 'insult', sortOrder: 1, nameEn: 'Insult', nameZh: '侮辱谩骂', definitionEn: 'Abuse aimed at a person.', definitionZh: '针对个人的辱骂。',
  indicatorsEn: 'Slurs', indicatorsZh: '脏话', notCyberviolenceEn: 'Criticism of conduct.', notCyberviolenceZh: '批评言行。',
  severity: 2, defaultAction: 'fold', dueMinutes: 1440, retired: false,
};

describe('compareVersions', () => {
  it('lists only the fields that changed, with their diff', () => {
    const [c] = compareVersions([base], [{ ...base, definitionZh: '针对特定个人的辱骂。', severity: 3 }]);
    expect(c.change).toBe('changed');
    expect(c.fields.map((f) => f.field)).toEqual(['definitionZh', 'severity']);
    expect(c.fields[0].parts).toContainEqual({ op: 'insert', text: '特定' });
    expect(c.fields[1]).toMatchObject({ before: '2', after: '3' });
  });

  it('tells added, retired, restored and unchanged categories apart', () => {
    const retiredBefore = { ...base, categoryId: 'old', retired: true };
    const result = compareVersions(
      [base, { ...base, categoryId: 'derision' }, retiredBefore],
      [base, { ...base, categoryId: 'derision', retired: true }, { ...retiredBefore, retired: false }, { ...base, categoryId: 'stalking', definitionEn: '' }],
    );
    expect(result.map((r) => [r.categoryId, r.change])).toEqual([['insult', 'unchanged'], ['derision', 'retired'], ['old', 'restored'], ['stalking', 'added']]);
    expect(result[0].fields).toEqual([]);
    expect(result[3].fields.map((f) => f.field)).not.toContain('definitionEn');
  });
});
