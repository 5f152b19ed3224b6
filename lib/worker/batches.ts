import type { Db, Tx } from '@/db/client';

/** Rows a timed job takes per transaction: short transactions, however far behind the job is. */
export const JOB_BATCH = 500;

/**
 * Runs `batch` in a transaction of its own, again and again, until one handles fewer than
 * JOB_BATCH rows (the last); returns how many all handled. Each batch takes its rows FOR UPDATE
 * SKIP LOCKED, so several workers share the work without doing any of it twice.
 */
export async function inBatches(db: Db, batch: (tx: Tx) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await db.transaction(batch);
    total += done;
    if (done < JOB_BATCH) return total;
  }
}
