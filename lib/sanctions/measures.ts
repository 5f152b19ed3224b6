import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sanctions } from '@/db/schema';

// Measure keys per sanction type (labels in the incidents namespace, "measures").
const keyOf = {
  prepost_warning: 'prepostWarnings', warning: 'sanctionWarnings', mute: 'accountsMuted', dm_suspension: 'accountsDmSuspended',
  closure: 'accountsClosed', registration_ban: 'registrationBans', referral: 'referrals',
} as const;

/** Accounts sanctioned in an incident, by type: only sanctions that took effect and were not reversed. */
export async function sanctionMeasures(db: Executor, incidentId: string): Promise<Record<string, number>> {
  const rows = await db.select({ type: sanctions.type, n: sql<number>`count(distinct ${sanctions.accountId})::int` })
    .from(sanctions)
    .where(and(eq(sanctions.incidentId, incidentId), inArray(sanctions.status, ['active', 'ended'])))
    .groupBy(sanctions.type);
  const out: Record<string, number> = { accountsMuted: 0, accountsClosed: 0 };
  for (const r of rows) out[keyOf[r.type]] = r.n;
  return out;
}
