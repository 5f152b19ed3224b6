import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases } from '@/db/schema';
import { queryRows, queryRowsPrepared } from '@/db/query';
import { DomainError } from '@/lib/actions/result';

export type ClaimQueue = 'open' | 'escalated';
export type ClaimedCase = { id: string; status: 'open' | 'escalated'; leaseExpiresAt: Date; reused: boolean };

export const DEFAULT_LEASE_MINUTES = 10;

// A literal, not a parameter: the planner must see `status = 'open'` to prove the partial predicate
// of cases_claimable_idx (status <> 'decided') with a generic plan too.
const statusLiteral = (queue: ClaimQueue) => (queue === 'open' ? sql.raw(`'open'`) : sql.raw(`'escalated'`));
const leaseUntil = (minutes: number) => sql`now() + make_interval(mins => ${Math.max(1, Math.floor(minutes))}::int)`;

const returned = { id: cases.id, status: cases.status, leaseExpiresAt: cases.leaseExpiresAt };
type Row = { id: string; status: string; leaseExpiresAt: Date | null };
const toClaimed = (row: Row, reused: boolean): ClaimedCase => ({
  id: row.id, status: row.status as ClaimedCase['status'], leaseExpiresAt: row.leaseExpiresAt!, reused,
});

/** The top unheld case of a queue, locked; rows other claimers have locked are skipped, not waited on. */
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
const leaseMs = sql.raw('(extract(epoch from lease_expires_at) * 1000)::float8');
const fromRaw = (r: RawClaim): ClaimedCase => ({ id: r.id, status: r.status, leaseExpiresAt: new Date(r.lease_ms), reused: r.reused });

/**
 * Gives the moderator the top case nobody holds, with a lease. A case whose lease ran out counts as
 * nobody's: the expired candidate (few rows, found through cases_lease_idx) competes with the top
 * unclaimed one on priority, so an abandoned minor's case is not skipped. Someone who still holds an
 * unexpired case (in either queue) gets that one back, its lease renewed, so nobody works two cases
 * at once, even when several tabs claim together: case_claim_held (migration 0025) serialises one
 * moderator's claims on an advisory lock and looks for their case with a fresh snapshot. One
 * statement, so that a claim is one round trip; coalesce evaluates the candidates, and takes their
 * locks, only when nothing is held.
 */
export async function claimNextCase(
  tx: Executor,
  staffId: string,
  opts: { queue: ClaimQueue; leaseMinutes?: number },
): Promise<ClaimedCase | null> {
  const [row] = await queryRowsPrepared<RawClaim>(tx, `claim_next_${opts.queue}`, sql`
    with held as (select case_claim_held(${staffId}::uuid) as id),
    unclaimed as (${nextClaimableId(opts.queue)}),
    expired as (${nextExpiredId(opts.queue)})
    update cases set claimed_by = ${staffId}, lease_expires_at = ${leaseUntil(opts.leaseMinutes ?? DEFAULT_LEASE_MINUTES)}
    where id = coalesce((select id from held), (
      select c.id from cases c where c.id in (select id from unclaimed union all select id from expired)
      order by c.priority desc nulls last, c.created_at, c.id limit 1))
    returning id, status, ${leaseMs} as lease_ms, (select id from held) is not null as reused`);
  return row ? fromRaw(row) : null;
}

/**
 * The top case of a queue whose claimant's lease ran out, locked the same way. In priority order, not
 * expiry order: expired leases are only cleared by being claimed, so a fixed batch of the oldest
 * could hold low-priority cases forever and hide an abandoned minor's case behind them. The planner
 * reads the few expired rows through cases_lease_idx and sorts them.
 */
function nextExpiredId(queue: ClaimQueue): SQL {
  return sql`select id from cases
    where lease_expires_at < now() and status = ${statusLiteral(queue)}
    order by priority desc nulls last, created_at, id
    limit 1
    for update skip locked`;
}

/** Claims one particular case, if nobody holds it (or their lease ran out) and it is undecided. */
export async function claimCase(tx: Executor, caseId: string, staffId: string, leaseMinutes = DEFAULT_LEASE_MINUTES): Promise<ClaimedCase | null> {
  const [row] = await tx
    .update(cases)
    .set({ claimedBy: staffId, leaseExpiresAt: leaseUntil(leaseMinutes) })
    .where(sql`${cases.id} = ${caseId} and ${cases.status} <> 'decided'
      and (${cases.claimedBy} is null or ${cases.claimedBy} = ${staffId} or ${cases.leaseExpiresAt} < now())`)
    .returning(returned);
  return row ? toClaimed(row, false) : null;
}

/**
 * Another unexpired case this moderator holds, if any. Takes the moderator's claim lock until the
 * transaction ends (see claimNextCase), so that claiming a particular case after this check cannot
 * race a claim from another tab.
 */
export async function heldCaseId(tx: Executor, staffId: string, exceptCaseId?: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string | null }>(tx, sql`select case_claim_held(${staffId}::uuid) as id`);
  return row?.id && row.id !== exceptCaseId ? row.id : null;
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
