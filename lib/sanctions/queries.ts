import { asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { appeals, sanctionCases, sanctions, staff, type Appeal, type Sanction } from '@/db/schema';
import { effectiveStatus, isStrike } from './rules';
import { sanctionReference } from './reference';

export type AppealRow = Pick<Appeal, 'id' | 'status' | 'statement' | 'filedAt' | 'decidedAt' | 'decisionReason'> & { decidedByName: string | null };
export type SanctionRow = Sanction & {
  /** Status with the clock applied: an active sanction past its end reads as ended before the worker runs. */
  shownStatus: Sanction['status'];
  strike: boolean;
  reference: string;
  proposedByName: string;
  decidedByName: string | null;
  reversedByName: string | null;
  caseIds: string[];
  appeals: AppealRow[];
};

const proposer = alias(staff, 'proposer');
const decider = alias(staff, 'decider');
const reverser = alias(staff, 'reverser');
const appealDecider = alias(staff, 'appeal_decider');

/** An account's sanctions, newest first, with who proposed and decided each, its cases and appeals. */
export async function sanctionRows(db: Executor, accountId: string, now = new Date()): Promise<SanctionRow[]> {
  const rows = await db.select({ s: sanctions, proposedByName: proposer.name, decidedByName: decider.name, reversedByName: reverser.name })
    .from(sanctions)
    .innerJoin(proposer, eq(proposer.id, sanctions.proposedBy))
    .leftJoin(decider, eq(decider.id, sanctions.decidedBy))
    .leftJoin(reverser, eq(reverser.id, sanctions.reversedBy))
    .where(eq(sanctions.accountId, accountId))
    .orderBy(desc(sanctions.proposedAt));
  const ids = rows.map((r) => r.s.id);
  const links = ids.length ? await db.select().from(sanctionCases).where(inArray(sanctionCases.sanctionId, ids)) : [];
  const appealList = ids.length
    ? await db.select({ a: appeals, decidedByName: appealDecider.name }).from(appeals)
      .leftJoin(appealDecider, eq(appealDecider.id, appeals.decidedBy))
      .where(inArray(appeals.sanctionId, ids)).orderBy(asc(appeals.filedAt))
    : [];
  return rows.map(({ s, proposedByName, decidedByName, reversedByName }) => ({
    ...s, shownStatus: effectiveStatus(s, now), strike: isStrike(s, now), reference: sanctionReference(s.id),
    proposedByName, decidedByName, reversedByName,
    caseIds: links.filter((l) => l.sanctionId === s.id).map((l) => l.caseId),
    appeals: appealList.filter((x) => x.a.sanctionId === s.id).map(({ a, decidedByName: name }) => ({
      id: a.id, status: a.status, statement: a.statement, filedAt: a.filedAt, decidedAt: a.decidedAt, decisionReason: a.decisionReason, decidedByName: name,
    })),
  }));
}
