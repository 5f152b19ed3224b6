import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { deleteInChunks, retentionFromEnv } from '@/lib/worker/prune';

/**
 * Timed job: drops rate-limit windows long over (RATE_LIMIT_RETENTION_HOURS, default a day; the
 * longest window in use is 15 minutes, and no window is read once it has passed). In chunks.
 */
export async function pruneRateLimitWindows(db: Db, now: Date = new Date()): Promise<number> {
  const hours = retentionFromEnv('RATE_LIMIT_RETENTION_HOURS', 24, 1);
  return deleteInChunks(db, 'rate_limit_windows', sql`window_start < ${new Date(now.getTime() - hours * 3_600_000).toISOString()}::timestamptz`);
}
