import { and, asc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accountProtections } from '@/db/schema';
import { writeAudit, type Actor } from '@/lib/audit/write';
import { inBatches, JOB_BATCH } from '@/lib/worker/batches';
import { announceProtection } from './store';

const system: Actor = { type: 'system', id: null, label: 'protection expiry' };

/**
 * Ends every protection whose time has come: status ended at its `until`, a system audit row and a
 * 'protection.changed' message, a batch per transaction. Rows are claimed FOR UPDATE SKIP LOCKED, so
 * several workers never end one twice. `now` is a parameter so tests control the clock.
 */
export async function endExpiredProtections(db: Db, now: Date = new Date()): Promise<number> {
  return inBatches(db, async (tx) => {
    const due = await tx.select({ id: accountProtections.id }).from(accountProtections)
      .where(and(eq(accountProtections.status, 'active'), isNotNull(accountProtections.until), lte(accountProtections.until, now)))
      .orderBy(asc(accountProtections.until)).limit(JOB_BATCH).for('update', { skipLocked: true });
    if (!due.length) return 0;
    const rows = await tx.update(accountProtections)
      .set({ status: 'ended', endedAt: sql`${accountProtections.until}`, endedHow: 'expired' })
      .where(inArray(accountProtections.id, due.map((d) => d.id))).returning();
    for (const p of rows) await announceProtection(tx, p.accountId, null, 'expired', now);
    await writeAudit(tx, system, `protection-expiry-${now.toISOString()}`, rows.map((p) => ({
      action: 'protection.expire', targetType: 'account', targetId: p.accountId,
      before: { protectionId: p.id, status: 'active', channels: p.channels }, after: { status: 'ended', until: p.until },
    })));
    return rows.length;
  });
}
