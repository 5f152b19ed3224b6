import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases } from '@/db/schema';
import { queryRows, queryRowsPrepared } from '@/db/query';
import { DomainError } from '@/lib/actions/result';

export type ClaimQueue = 'open' | 'escalated';
export type ClaimedCase = { id: string; status: 'open' | 'escalated'; leaseExpiresAt: Date; reused: boolean };

export const DEFAULT_LEASE_MINUTES = 10;

// A literal, not a parameter: the planner must see `status = 'open'` to prove the partial predicate
// of cases_claimable_idx (status <> 'decided') with a generic plan too (case_claim_next has a branch per queue).
const statusLiteral = (queue: ClaimQueue) => (queue === 'open' ? sql.raw(`'open'`) : sql.raw(`'escalated'`));
const leaseUntil = (minutes: number) => sql`now() + make_interval(mins => ${Math.max(1, Math.floor(minutes))}::int)`;

const returned = { id: cases.id, status: cases.status, leaseExpiresAt: cases.leaseExpiresAt };
type Row = { id: string; status: string; leaseExpiresAt: Date | null };
const toClaimed = (row: Row, reused: boolean): ClaimedCase => ({
  id: row.id, status: row.status as ClaimedCase['status'], leaseExpiresAt: row.leaseExpiresAt!, reused,
});

/**
 * The top unheld case of a queue, locked; rows other claimers have locked are skipped, not waited on.
 * case_claim_next runs this same query; the bench's bare claim statement is built from it.
 */
export function nextClaimableId(queue: ClaimQueue): SQL {
  return sql`select id from cases
    where status = ${statusLiteral(queue)} and status <> 'decided' and claimed_by is null
    order by priority desc nulls last, created_at, id
    limit 1
    for update skip locked`;
}

// Raw statements on the hot path (drizzle's builder costs more CPU than the database work here);
// the lease comes back as epoch milliseconds, which both drivers return as a number.
type RawClaim = { id: string; status: ClaimedCase['status']; lease_ms: number; reused: boolean };
const fromRaw = (r: RawClaim): ClaimedCase => ({ id: r.id, status: r.status, leaseExpiresAt: new Date(r.lease_ms), reused: r.reused });

/**
 * Gives the moderator the top case nobody holds, with a lease: one walk of cases_claimable_idx, as the
 * bare SKIP LOCKED update does (case_claim_next, migration 0034). Someone who still holds a case (in
 * either queue, its lease run out or not) gets that one back, its lease renewed, so nobody works two
 * cases at once, even when several tabs claim together: the unique index cases_held_by_uq refuses a
 * second hold and the function answers with the first. A case whose lease ran out goes back to its
 * place in the queue by the worker within 60 s (releaseExpiredLeases, every 15 s), and is taken here at once when
 * nothing unheld is left. One call, so that a claim is one round trip and one statement.
 */
export async function claimNextCase(
  tx: Executor,
  staffId: string,
  opts: { queue: ClaimQueue; leaseMinutes?: number },
): Promise<ClaimedCase | null> {
  const [row] = await queryRowsPrepared<RawClaim>(tx, `claim_next_${opts.queue}`, sql`
    select claimed_id as id, claimed_status as status, lease_ms, reused
    from case_claim_next(${staffId}::uuid, ${statusLiteral(opts.queue)}::case_status, ${Math.max(1, Math.floor(opts.leaseMinutes ?? DEFAULT_LEASE_MINUTES))}::int)`);
  return row ? fromRaw(row) : null;
}

/**
 * Claims one particular case, if nobody holds it (or their lease ran out) and it is undecided; null
 * too when another tab of this moderator claimed a different case first (case_claim_one, 0029).
 */
export async function claimCase(tx: Executor, caseId: string, staffId: string, leaseMinutes = DEFAULT_LEASE_MINUTES): Promise<ClaimedCase | null> {
  const [row] = await queryRows<Omit<RawClaim, 'reused'>>(tx, sql`
    select claimed_id as id, claimed_status as status, lease_ms
    from case_claim_one(${caseId}::uuid, ${staffId}::uuid, ${Math.max(1, Math.floor(leaseMinutes))}::int)`);
  return row ? fromRaw({ ...row, reused: false }) : null;
}

/**
 * Another unexpired case this moderator holds, if any. A hold of theirs whose lease ran out goes back
 * to the queue here: one case per moderator is a unique index (cases_held_by_uq), so the case they
 * take next could not be theirs beside it.
 */
export async function heldCaseId(tx: Executor, staffId: string, exceptCaseId?: string): Promise<string | null> {
  const except = exceptCaseId ? sql`and id <> ${exceptCaseId}::uuid` : sql``;
  await tx.execute(sql`update cases set claimed_by = null, lease_expires_at = null
    where claimed_by = ${staffId}::uuid and status <> 'decided' and lease_expires_at <= now() ${except}`);
  const [row] = await queryRows<{ id: string }>(tx, sql`
    select id from cases where claimed_by = ${staffId}::uuid and status <> 'decided' and lease_expires_at > now() ${except} limit 1`);
  return row?.id ?? null;
}

/** Extends the lease, only while the case is still this moderator's and the lease has not run out. */
export async function renewLease(tx: Executor, caseId: string, staffId: string, leaseMinutes = DEFAULT_LEASE_MINUTES): Promise<Date> {
  const [row] = await tx
    .update(cases)
    .set({ leaseExpiresAt: leaseUntil(leaseMinutes) })
    .where(sql`${cases.id} = ${caseId} and ${cases.claimedBy} = ${staffId}
      and ${cases.leaseExpiresAt} > now() and ${cases.status} <> 'decided'`)
    .returning(returned);
  if (!row) throw leaseExpired();
  return row.leaseExpiresAt!;
}

/** Hands the case back to the queue. Releasing a case you do not hold changes nothing. */
export async function releaseCase(tx: Executor, caseId: string, staffId: string): Promise<boolean> {
  const rows = await tx
    .update(cases)
    .set({ claimedBy: null, leaseExpiresAt: null })
    .where(sql`${cases.id} = ${caseId} and ${cases.claimedBy} = ${staffId}`)
    .returning({ id: cases.id });
  return rows.length > 0;
}

export const leaseExpired = () =>
  new DomainError('lease_expired', 'Your lease on this case has expired or it was released, so it went back to the queue. Claim it again to continue; nothing was saved.');
