import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accounts, sanctionLadderSteps, sanctions, type CaseRole } from '@/db/schema';
import { suggestStep, type LadderStep, type Suggestion } from './ladder';

export async function loadLadder(db: Executor): Promise<(LadderStep & { id: string })[]> {
  return db.select({
    id: sanctionLadderSteps.id, role: sanctionLadderSteps.role, minStrikes: sanctionLadderSteps.minStrikes,
    type: sanctionLadderSteps.type, durationHours: sanctionLadderSteps.durationHours,
  }).from(sanctionLadderSteps).orderBy(asc(sanctionLadderSteps.role), asc(sanctionLadderSteps.minStrikes));
}

/** The ladder's suggestion for this account in this role, from its stored history. */
export async function suggestionFor(db: Executor, accountId: string, role: CaseRole, now = new Date()): Promise<Suggestion> {
  // One after another: `db` may be a transaction, whose single connection runs one query at a time.
  const ladder = await loadLadder(db);
  const history = await db.select({ type: sanctions.type, status: sanctions.status, startsAt: sanctions.startsAt, endsAt: sanctions.endsAt })
    .from(sanctions).where(eq(sanctions.accountId, accountId));
  const [account] = await db.select({ isMinor: accounts.isMinor }).from(accounts).where(eq(accounts.id, accountId));
  return suggestStep(ladder, { role, history, isMinor: account?.isMinor ?? false, now });
}
