import type { Database } from '@/db/client';
import type { Staff } from '@/db/schema';
import { decideCase } from '@/lib/reports/decide';
import type { DecisionInput } from '@/lib/reports/decision-rules';
import { insertCase, type CaseSpec } from './cases';

/**
 * A case decided through the real decision path (outbox messages, a warning sanction for "warn"),
 * as if `decider` had claimed it and pressed the key just now.
 */
export async function decidedCase(
  db: Database['db'], decider: Pick<Staff, 'id' | 'role'>, decision: Omit<DecisionInput, 'caseId'> = { action: 'remove', categoryId: 'insult' }, spec: CaseSpec = {},
) {
  const c = await insertCase(db, { categoryId: 'insult', ...spec, claimedBy: decider.id });
  const { outcome } = await db.transaction((tx) => decideCase(tx, decider, { caseId: c.id, ...decision }));
  return { case: c, decisionId: outcome.decisionId, outcome };
}
