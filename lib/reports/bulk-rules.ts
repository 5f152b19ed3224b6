import { z } from 'zod';
import { decisionActions, dismissalReasons, needsCategory, needsReason } from './decision-rules';

/** The most cases one bulk action may touch: a larger batch is refused with a clear error, not cut. */
export const MAX_BULK = 100;

export const bulkCaseIds = z.array(z.uuid()).min(1, { message: 'Select at least one case.' })
  .max(MAX_BULK, { message: `At most ${MAX_BULK} cases at once: narrow the selection.` });

const decideOp = z.object({
  kind: z.literal('decide'),
  action: z.enum(decisionActions),
  categoryId: z.string().trim().min(1).max(64).optional(),
  reason: z.enum(dismissalReasons).optional(),
  note: z.string().trim().max(2000).optional(),
});

/** The same rules as a single decision's input (decision-rules.ts), for the whole batch. */
export const bulkDecideInput = z.object({ caseIds: bulkCaseIds, operation: decideOp }).superRefine((d, ctx) => {
  const op = d.operation;
  if (needsCategory(op.action) && !op.categoryId) ctx.addIssue({ code: 'custom', path: ['operation', 'categoryId'], message: 'Choose the category this decision is taken for.' });
  if (needsReason(op.action) && !op.reason) ctx.addIssue({ code: 'custom', path: ['operation', 'reason'], message: 'Choose why this is not a violation.' });
  if (!needsReason(op.action) && op.reason) ctx.addIssue({ code: 'custom', path: ['operation', 'reason'], message: 'A reason is given only for "not a violation".' });
});

export type BulkOperation =
  | z.output<typeof decideOp>
  | { kind: 'assign'; assigneeId: string; assigneeIsSupervisor: boolean };

export type RefusalReason = 'not_found' | 'decided' | 'held' | 'escalated_supervisor_only' | 'already_escalated' | 'minor_dismissal' | 'escalated_assignee';
export type BulkRefusal = { caseId: string; why: RefusalReason; holder?: string };

/**
 * Why one case cannot be part of a batch, or null. The single-case rules hold (decided cases are
 * final, escalated ones are a supervisor's, a case someone else holds is theirs), and one more for
 * minors: a minor's case is never dismissed as "not a violation" in bulk, only one at a time from
 * its page, after reading it.
 */
export function bulkRefusal(c: { status: string; involvesMinor: boolean; heldByOther: boolean; supervisor: boolean }, op: BulkOperation): RefusalReason | null {
  if (c.status === 'decided') return 'decided';
  if (c.heldByOther) return 'held';
  if (op.kind === 'assign') return c.status === 'escalated' && !op.assigneeIsSupervisor ? 'escalated_assignee' : null;
  if (c.status === 'escalated') {
    if (!c.supervisor) return 'escalated_supervisor_only';
    if (op.action === 'escalate') return 'already_escalated';
  }
  if (c.involvesMinor && op.action === 'not_violation') return 'minor_dismissal';
  return null;
}
