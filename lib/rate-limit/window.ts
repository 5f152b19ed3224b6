import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';

/** The start of the fixed window `now` falls in. */
export const windowStart = (now: Date, windowMs: number) => new Date(Math.floor(now.getTime() / windowMs) * windowMs);

/**
 * Takes `amount` from key's allowance of `limit` per window, atomically: one INSERT … ON CONFLICT DO
 * UPDATE … RETURNING that only adds when the sum stays within the limit. Parallel callers queue on
 * the counter's row, each seeing the last one's count, so together they can never pass the limit
 * (a read of the count followed by a write lets them all read the same old count). Nothing is
 * written when refused.
 */
export async function takeFromWindow(
  db: Executor, key: string, amount: number, limit: number, windowMs: number, now: Date,
): Promise<{ allowed: boolean; count: number | null }> {
  if (amount > limit) return { allowed: false, count: null };
  const [row] = await queryRows<{ count: number }>(db, sql`
    insert into rate_limit_windows (key, window_start, count) values (${key}, ${windowStart(now, windowMs).toISOString()}::timestamptz, ${amount})
    on conflict (key, window_start) do update set count = rate_limit_windows.count + excluded.count
      where rate_limit_windows.count + excluded.count <= ${limit}
    returning count`);
  return row ? { allowed: true, count: Number(row.count) } : { allowed: false, count: null };
}

/** Adds one to key's count in the current window and returns the new count (always counts). */
export async function countInWindow(db: Executor, key: string, windowMs: number, now: Date): Promise<number> {
  const [row] = await queryRows<{ count: number }>(db, sql`
    insert into rate_limit_windows (key, window_start, count) values (${key}, ${windowStart(now, windowMs).toISOString()}::timestamptz, 1)
    on conflict (key, window_start) do update set count = rate_limit_windows.count + 1
    returning count`);
  return Number(row.count);
}

/** key's count in the current window (0 when none). */
export async function readWindow(db: Executor, key: string, windowMs: number, now: Date): Promise<number> {
  const [row] = await queryRows<{ count: number }>(db, sql`
    select count from rate_limit_windows where key = ${key} and window_start = ${windowStart(now, windowMs).toISOString()}::timestamptz`);
  return row ? Number(row.count) : 0;
}
