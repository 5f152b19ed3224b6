'use server';

import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { staff as staffTable } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { assignBatch, checkBatch, decideBatch, relatedCaseIds } from './bulk';
import { bulkCaseIds, bulkDecideInput } from './bulk-rules';

/**
 * Decides or escalates a selection of queue cases at once: each case through the single-decision
 * path (lib/reports/decide.ts) in one transaction, each with its own audit row, plus one row for the
 * batch. All or nothing; refused cases are named.
 */
export const bulkDecide = defineAction({
  name: 'case.bulkDecide',
  permission: 'case.decide',
  input: bulkDecideInput,
  async run({ tx, input, staff, audit }) {
    const { outcomes, audits } = await decideBatch(tx, staff, input.caseIds, input.operation);
    audits.forEach(audit);
    audit({ action: 'case.bulkDecide', targetType: 'queue', after: { action: input.operation.action, categoryId: input.operation.categoryId ?? null, caseIds: outcomes.map((o) => o.caseId) } });
    return { decided: outcomes.length, action: input.operation.action, caseIds: outcomes.map((o) => o.caseId) };
  },
});

/** Assigns a selection to one moderator or supervisor (escalated cases only to a supervisor). */
export const bulkAssign = defineAction({
  name: 'case.bulkAssign',
  permission: 'case.assign',
  input: z.object({ caseIds: bulkCaseIds, assigneeId: z.uuid() }),
  async run({ tx, input, staff, audit }) {
    const [assignee] = await tx.select().from(staffTable).where(and(eq(staffTable.id, input.assigneeId), eq(staffTable.active, true)));
    if (!assignee || !can(assignee.role, 'case.decide')) {
      throw new DomainError('invalid_input', 'Invalid input: assigneeId: not an active moderator or supervisor', { assigneeId: ['not_assignable'] });
    }
    const { assigned, audits } = await assignBatch(tx, staff, input.caseIds, assignee);
    audits.forEach(audit);
    audit({ action: 'case.bulkAssign', targetType: 'queue', after: { assigneeId: assignee.id, caseIds: input.caseIds } });
    return { assigned, assignee: assignee.name };
  },
});

const previewOp = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('decide'), action: z.enum(['not_violation', 'fold', 'remove', 'warn', 'escalate']) }),
  z.object({ kind: z.literal('assign'), assigneeId: z.uuid() }),
]);

/** How many of the selected cases the action would change, and which it would refuse and why. */
export const previewBulk = defineAction({
  name: 'case.bulkPreview',
  permission: 'queue.view',
  input: z.object({ caseIds: bulkCaseIds, operation: previewOp }),
  async run({ tx, input, staff, audit }) {
    let op;
    if (input.operation.kind === 'assign') {
      const [a] = await tx.select({ id: staffTable.id, role: staffTable.role }).from(staffTable).where(inArray(staffTable.id, [input.operation.assigneeId]));
      op = { kind: 'assign' as const, assigneeId: input.operation.assigneeId, assigneeIsSupervisor: !!a && can(a.role, 'escalation.decide') };
    } else op = input.operation;
    const { refusals, ready } = await checkBatch(tx, staff, input.caseIds, op);
    // Compact: which selection was previewed, not a copy of every id.
    audit({ action: 'case.bulkPreview', targetType: 'queue', after: { operation: input.operation, selected: input.caseIds.length, ready, refused: refusals.length } });
    return { selected: input.caseIds.length, ready, refusals };
  },
});

/** "Select every case against this account / incident / reporter", from one row of the queue. */
export const relatedCases = defineAction({
  name: 'case.related',
  permission: 'queue.view',
  input: z.object({ caseId: z.uuid(), by: z.enum(['account', 'incident', 'reporter']) }),
  async run({ tx, input, audit }) {
    const related = await relatedCaseIds(tx, input.caseId, input.by);
    audit({ action: 'case.related', targetType: 'case', targetId: input.caseId, after: { by: input.by, found: related.caseIds.length, more: related.more } });
    return related;
  },
});
