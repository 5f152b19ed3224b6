import { and, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '@/db/client';
import { dmCounters } from '@/db/schema';
import { deleteInChunks } from '@/lib/worker/prune';

type Slot = { scope: string; key: string; windowStart: Date };

/**
 * Counts one message in a window, unless the window is full: a single INSERT … ON CONFLICT DO UPDATE
 * … WHERE count < limit, so concurrent requests queue on the row and never count past the limit.
 * Returns the new count, or null when the limit was already reached.
 */
export async function take(tx: Executor, slot: Slot, limit: number): Promise<number | null> {
  const [row] = await tx.insert(dmCounters).values({ ...slot, count: 1 })
    .onConflictDoUpdate({
      target: [dmCounters.scope, dmCounters.key, dmCounters.windowStart],
      set: { count: sql`${dmCounters.count} + 1` },
      setWhere: sql`${dmCounters.count} < ${limit}`,
    })
    .returning({ count: dmCounters.count });
  return row?.count ?? null;
}

/** Gives back a count taken in this transaction, when the message was refused by the next window. */
export async function giveBack(tx: Executor, slot: Slot) {
  await tx.update(dmCounters).set({ count: sql`${dmCounters.count} - 1` })
    .where(and(eq(dmCounters.scope, slot.scope), eq(dmCounters.key, slot.key), eq(dmCounters.windowStart, slot.windowStart)));
}

// Windows are at most a day long (the settings say so); two days back is safely past every one.
const KEEP_MS = 2 * 86_400_000;

/** Timed job: drops counters of windows long over, in chunks (lib/worker/prune.ts). */
export async function pruneDmCounters(db: Db, now: Date = new Date()): Promise<number> {
  return deleteInChunks(db, 'dm_counters', sql`window_start < ${new Date(now.getTime() - KEEP_MS).toISOString()}::timestamptz`);
}
