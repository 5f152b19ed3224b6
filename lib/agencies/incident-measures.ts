import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { agencyActions, identityFlags } from '@/db/schema';

/**
 * What IV.2 measures counted in an incident: agency actions that took effect for it (reversed ones
 * too: they were applied), and accounts flagged for renaming after its parties.
 */
export async function agencyMeasures(db: Executor, incidentId: string): Promise<Record<string, number>> {
  // In turn, not in parallel: the caller may pass a transaction (one connection).
  const [actions] = await db.select({ n: sql<number>`count(*)::int` }).from(agencyActions)
    .where(and(eq(agencyActions.incidentId, incidentId), inArray(agencyActions.status, ['active', 'reversed'])));
  const [flags] = await db.select({ n: sql<number>`count(distinct ${identityFlags.accountId})::int` }).from(identityFlags).where(eq(identityFlags.incidentId, incidentId));
  return { agencyActions: actions?.n ?? 0, renamesFlagged: flags?.n ?? 0 };
}
