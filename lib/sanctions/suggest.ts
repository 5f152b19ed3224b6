import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accounts, cases, sanctionLadderSteps, sanctions, type CaseRole } from '@/db/schema';
import { decisionStrikes, suggestStep, type LadderStep, type Suggestion } from './ladder';
import { STRIKE_WINDOW_DAYS } from './rules';

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
  const history = await db.select({ type: sanctions.type, status: sanctions.status, startsAt: sanctions.startsAt, endsAt: sanctions.endsAt, durationHours: sanctions.durationHours })
    .from(sanctions).where(eq(sanctions.accountId, accountId));
  const [account] = await db.select({ isMinor: accounts.isMinor, status: accounts.status }).from(accounts).where(eq(accounts.id, accountId));
  const contentStrikes = await contentStrikesOf(db, accountId, now);
  return suggestStep(ladder, { role, history, isMinor: account?.isMinor ?? false, now, closed: account?.status === 'closed', contentStrikes });
}

/** Removals and folds of the account's content decided within the strike window. */
export async function contentStrikesOf(db: Executor, accountId: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - STRIKE_WINDOW_DAYS * 86_400_000);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(cases)
    .where(and(eq(cases.subjectAccountId, accountId), inArray(cases.decision, [...decisionStrikes]), gte(cases.decidedAt, since)));
  return row?.n ?? 0;
}
