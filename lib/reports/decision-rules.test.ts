import { describe, expect, it } from 'vitest';
import { decisionInput, statusAfter } from './decision-rules';

const caseId = '5b8a3a8e-2f6c-4a1e-9d2b-7c1e0f3a9b44';
const fields = (input: unknown) => {
  const r = decisionInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('decision rules', () => {
  it('needs a category for fold, remove and warn', () => {
    for (const action of ['fold', 'remove', 'warn']) {
      expect(fields({ caseId, action })).toEqual(['categoryId']);
      expect(fields({ caseId, action, categoryId: 'insult' })).toEqual([]);
    }
  });

  it('needs a reason, and no category, for not a violation', () => {
    expect(fields({ caseId, action: 'not_violation' })).toEqual(['reason']);
    expect(fields({ caseId, action: 'not_violation', reason: 'duplicate' })).toEqual([]);
    expect(fields({ caseId, action: 'not_violation', reason: 'because' })).toEqual(['reason']);
  });

  it('lets an escalation go without category or reason, and refuses a reason on sanctions', () => {
    expect(fields({ caseId, action: 'escalate', note: 'needs a supervisor' })).toEqual([]);
    expect(fields({ caseId, action: 'remove', categoryId: 'insult', reason: 'duplicate' })).toEqual(['reason']);
  });

  it('moves the case to the right status', () => {
    expect(statusAfter('escalate')).toBe('escalated');
    expect(statusAfter('warn')).toBe('decided');
  });
});
