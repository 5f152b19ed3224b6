import { and, asc, inArray, isNotNull, lte, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { outbox, sanctions } from '@/db/schema';
import { writeAudit, type Actor } from '@/lib/audit/write';
import { inBatches, JOB_BATCH } from '@/lib/worker/batches';
import { sanctionReference } from './reference';

const system: Actor = { type: 'system', id: null, label: 'sanction expiry' };

/**
 * Ends every active timed sanction whose end has passed: status ended, an audit row by the system
 * and a 'sanction.ended' message for the platform, each batch in one transaction. Rows are taken
 * with FOR UPDATE SKIP LOCKED, so several workers can run at once without ending a sanction twice
 * or waiting on each other. `now` is a parameter so tests control the clock. Returns how many ended.
 */
export async function endExpiredSanctions(db: Db, now: Date = new Date()): Promise<number> {
  return inBatches(db, async (tx) => {
    const due = await tx.select({ id: sanctions.id }).from(sanctions)
      .where(and(eq(sanctions.status, 'active'), isNotNull(sanctions.endsAt), lte(sanctions.endsAt, now)))
      .orderBy(asc(sanctions.endsAt)).limit(JOB_BATCH).for('update', { skipLocked: true });
    if (!due.length) return 0;
    const rows = await tx.update(sanctions).set({ status: 'ended', endedAt: sql`${sanctions.endsAt}` })
      .where(inArray(sanctions.id, due.map((d) => d.id))).returning();
    await tx.insert(outbox).values(rows.map((s) => ({
      topic: 'sanction.ended', key: s.accountId,
      payload: { sanctionId: s.id, reference: sanctionReference(s.id), accountId: s.accountId, type: s.type, status: s.status, startsAt: s.startsAt?.toISOString() ?? null, endsAt: s.endsAt?.toISOString() ?? null },
    })));
    await writeAudit(tx, system, `expiry-${now.toISOString()}`, rows.map((s) => ({
      action: 'sanction.end', targetType: 'sanction', targetId: s.id, before: { status: 'active' }, after: { status: 'ended', endsAt: s.endsAt },
    })));
    return rows.length;
  });
}
