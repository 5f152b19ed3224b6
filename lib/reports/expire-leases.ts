import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/query';
import { writeAudit, type Actor } from '@/lib/audit/write';
import { inBatches, JOB_BATCH } from '@/lib/worker/batches';

const system: Actor = { type: 'system', id: null, label: 'lease expiry' };

/**
 * Hands every case whose lease ran out back to its queue, at its place by priority: claim-next
 * (case_claim_next, migration 0034) walks only the unheld cases, so a moderator who walked away
 * from a minor's case would otherwise hold it until the queue ran dry. The worker runs this in its
 * own loop every 15 s (lib/worker/timed-jobs.ts), so an expired lease is claimable again within 60 s. A batch per transaction, rows
 * taken FOR UPDATE SKIP LOCKED (a case being decided or renewed right now is left to that), with a
 * system audit row per case. `now` is a parameter so tests control the clock.
 */
export async function releaseExpiredLeases(db: Db, now: Date = new Date()): Promise<number> {
  return inBatches(db, async (tx) => {
    const rows = await queryRows<{ id: string; claimed_by: string; lease_ms: number }>(tx, sql`
      update cases c set claimed_by = null, lease_expires_at = null
      from (select id, claimed_by, lease_expires_at from cases
            where lease_expires_at < ${now.toISOString()}::timestamptz and claimed_by is not null and status <> 'decided'
            order by lease_expires_at limit ${JOB_BATCH} for update skip locked) due
      where c.id = due.id
      returning c.id, due.claimed_by, (extract(epoch from due.lease_expires_at) * 1000)::float8 as lease_ms`);
    await writeAudit(tx, system, `lease-expiry-${now.toISOString()}`, rows.map((r) => ({
      action: 'case.leaseExpired', targetType: 'case', targetId: r.id,
      before: { claimedBy: r.claimed_by, leaseExpiresAt: new Date(r.lease_ms) }, after: { claimedBy: null },
    })));
    return rows.length;
  });
}
