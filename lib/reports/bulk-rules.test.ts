import { describe, expect, it } from 'vitest';
import { MAX_BULK, bulkDecideInput, bulkRefusal } from './bulk-rules';

const open = { status: 'open', involvesMinor: false, heldByOther: false, supervisor: false };
const decide = (action: 'not_violation' | 'fold' | 'remove' | 'warn' | 'escalate') => ({ kind: 'decide' as const, action });

describe('bulkRefusal', () => {
  it('lets an open, unheld case through', () => expect(bulkRefusal(open, decide('remove'))).toBeNull());

  it('refuses decided cases and cases someone else holds, whatever the action', () => {
    expect(bulkRefusal({ ...open, status: 'decided' }, decide('fold'))).toBe('decided');
    expect(bulkRefusal({ ...open, heldByOther: true }, decide('fold'))).toBe('held');
    expect(bulkRefusal({ ...open, heldByOther: true }, { kind: 'assign', assigneeId: 'x', assigneeIsSupervisor: true })).toBe('held');
  });

  it('keeps escalated cases for supervisors, and never escalates twice', () => {
    expect(bulkRefusal({ ...open, status: 'escalated' }, decide('remove'))).toBe('escalated_supervisor_only');
    expect(bulkRefusal({ ...open, status: 'escalated', supervisor: true }, decide('remove'))).toBeNull();
    expect(bulkRefusal({ ...open, status: 'escalated', supervisor: true }, decide('escalate'))).toBe('already_escalated');
    expect(bulkRefusal({ ...open, status: 'escalated' }, { kind: 'assign', assigneeId: 'x', assigneeIsSupervisor: false })).toBe('escalated_assignee');
  });

  it('never dismisses a minor\'s case in bulk, but lets other decisions through', () => {
    expect(bulkRefusal({ ...open, involvesMinor: true }, decide('not_violation'))).toBe('minor_dismissal');
    expect(bulkRefusal({ ...open, involvesMinor: true }, decide('remove'))).toBeNull();
  });
});

describe('bulkDecideInput', () => {
  const id = '00000000-0000-4000-8000-000000000000';
  it('caps the batch, naming the field', () => {
    const r = bulkDecideInput.safeParse({ caseIds: Array(MAX_BULK + 1).fill(id), operation: decide('escalate') });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['caseIds']);
  });

  it('asks for a category and a reason as a single decision does', () => {
    const noCategory = bulkDecideInput.safeParse({ caseIds: [id], operation: decide('remove') });
    expect(noCategory.error?.issues.map((i) => i.path.join('.'))).toEqual(['operation.categoryId']);
    const noReason = bulkDecideInput.safeParse({ caseIds: [id], operation: decide('not_violation') });
    expect(noReason.error?.issues.map((i) => i.path.join('.'))).toEqual(['operation.reason']);
    expect(bulkDecideInput.safeParse({ caseIds: [id], operation: decide('escalate') }).success).toBe(true);
  });
});
