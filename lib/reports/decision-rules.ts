import { z } from 'zod';
import type { DecisionAction, DismissalReason } from '@/db/schema';

// Repeated here (checked against the schema's enums) so that client components can use the rules
// without pulling the Drizzle schema into the browser bundle.
export const decisionActions = ['not_violation', 'fold', 'remove', 'warn', 'escalate'] as const satisfies readonly DecisionAction[];
export const dismissalReasons = ['legitimate_criticism', 'insufficient_evidence', 'duplicate'] as const satisfies readonly DismissalReason[];

/** Whether an action must name the category of cyberviolence it is taken for. */
export const needsCategory = (action: DecisionAction) => action !== 'not_violation' && action !== 'escalate';
/** Only "not a violation" needs a reason: the reporter is told why the content stays up. */
export const needsReason = (action: DecisionAction) => action === 'not_violation';

export const decisionInput = z
  .object({
    caseId: z.uuid(),
    action: z.enum(decisionActions),
    categoryId: z.string().trim().min(1).max(64).optional(),
    reason: z.enum(dismissalReasons).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .superRefine((d, ctx) => {
    if (needsCategory(d.action) && !d.categoryId) {
      ctx.addIssue({ code: 'custom', path: ['categoryId'], message: 'Choose the category this decision is taken for.' });
    }
    if (needsReason(d.action) && !d.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Choose why this is not a violation.' });
    }
    if (!needsReason(d.action) && d.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'A reason is given only for "not a violation".' });
    }
  });

export type DecisionInput = z.output<typeof decisionInput>;

/** The status a case moves to after each action. */
export const statusAfter = (action: DecisionAction): 'escalated' | 'decided' => (action === 'escalate' ? 'escalated' : 'decided');
