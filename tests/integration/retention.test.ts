import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@/db/query';
import { pruneSignals } from '@/lib/signals/prune';
import { pruneRateLimitWindows } from '@/lib/rate-limit/prune';
import { pruneDmCounters } from '@/lib/dm-rules/counters';
import { deleteInChunks } from '@/lib/worker/prune';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });
afterEach(() => { delete process.env.SIGNAL_BUCKET_RETENTION_DAYS; });

const now = new Date('2026-06-01T12:00:00Z');
const nowMinute = Math.floor(now.getTime() / 60_000);
const DAY = 1440;
const count = async (table: string, where = sql`true`) =>
  (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`))[0].n;

describe('pruning the ever-growing bookkeeping', () => {
  it('forgets old batch ids and the buckets the detector has passed, keeping what replay safety, the watermark and the detector need; two workers at once', async () => {
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
    await t.db.execute(sql`insert into signal_batches (batch_id, signals, min_minute, max_minute, received_at, noted) values
      ('old-noted', 1, ${nowMinute - 40 * DAY}, ${nowMinute - 40 * DAY}, ${daysAgo(40)}::timestamptz, true),
      ('old-unnoted', 1, ${nowMinute - 40 * DAY}, ${nowMinute - 40 * DAY}, ${daysAgo(40)}::timestamptz, false),
      ('watermark', 1, ${nowMinute}, ${nowMinute}, ${daysAgo(40)}::timestamptz, true),
      ('recent', 1, ${nowMinute - 10 * DAY}, ${nowMinute - 10 * DAY}, ${daysAgo(10)}::timestamptz, true)`);
    // 12,000 old buckets the detector has passed (three chunks), 300 old ones it has not, 500 recent ones.
    // Keys silent for 20 days: one at rest (its state goes with its last buckets), one whose run is open.
    await t.db.execute(sql`insert into detector_state (kind, key, processed_through, latest_minute, age, mean, run_start) values
      ('mention', 'passed', ${nowMinute - 3}, ${nowMinute - 3}, 100, 1, null), ('mention', 'behind', ${nowMinute - 30 * DAY}, ${nowMinute - 9 * DAY}, 100, 1, null),
      ('mention', 'silent', ${nowMinute - 20 * DAY}, ${nowMinute - 20 * DAY}, 9000, 0.5, null),
      ('mention', 'silent-in-run', ${nowMinute - 20 * DAY}, ${nowMinute - 20 * DAY}, 9000, 0.5, ${nowMinute - 20 * DAY})`);
    await t.db.execute(sql`insert into signal_buckets (kind, key, minute, count) values ('mention', 'silent', ${nowMinute - 20 * DAY}, 3)`);
    await t.db.execute(sql`insert into signal_buckets (kind, key, minute, count)
      select 'mention', 'passed', ${nowMinute - 20 * DAY} + g, 1 from generate_series(0, 11999) g`);
    await t.db.execute(sql`insert into signal_buckets (kind, key, minute, count)
      select 'mention', 'behind', ${nowMinute - 20 * DAY} + g, 1 from generate_series(0, 299) g`);
    await t.db.execute(sql`insert into signal_buckets (kind, key, minute, count)
      select 'mention', 'passed', ${nowMinute - DAY} + g, 1 from generate_series(0, 499) g`);

    const [a, b] = await Promise.all([pruneSignals(t.db, now), pruneSignals(t.db, now)]);
    expect(a + b).toBe(1 + 12_000 + 1 + 1);
    expect((await queryRows<{ key: string }>(t.db, sql`select key from detector_state order by key`)).map((r) => r.key)).toEqual(['behind', 'passed', 'silent-in-run']);
    expect((await queryRows<{ batch_id: string }>(t.db, sql`select batch_id from signal_batches order by batch_id`)).map((r) => r.batch_id))
      .toEqual(['old-unnoted', 'recent', 'watermark']);
    expect(await count('signal_buckets', sql`key = 'passed'`)).toBe(500);
    expect(await count('signal_buckets', sql`key = 'behind'`)).toBe(300);
    expect(await pruneSignals(t.db, now)).toBe(0);
  });

  it('keeps buckets longer when told to, never shorter than the threshold preview needs', async () => {
    await t.db.execute(sql`insert into signal_buckets (kind, key, minute, count)
      select 'mention', 'passed', ${nowMinute - 9 * DAY} + g, 1 from generate_series(0, 9) g`);
    process.env.SIGNAL_BUCKET_RETENTION_DAYS = '30';
    expect(await pruneSignals(t.db, now)).toBe(0);
    process.env.SIGNAL_BUCKET_RETENTION_DAYS = '1';
    expect(await pruneSignals(t.db, now)).toBe(10);
    expect(await count('signal_buckets', sql`key = 'passed'`)).toBe(500);
  });

  it('drops rate-limit windows and DM counters long over, in chunks', async () => {
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
    await t.db.execute(sql`insert into rate_limit_windows (key, window_start, count)
      select 'k' || g, ${at(30)}::timestamptz, 1 from generate_series(1, 7) g union all select 'fresh', ${at(1)}::timestamptz, 1`);
    await t.db.execute(sql`insert into dm_counters (scope, key, window_start, count)
      select 'sender', 'k' || g, ${at(72)}::timestamptz, 1 from generate_series(1, 4) g union all select 'sender', 'fresh', ${at(1)}::timestamptz, 1`);
    expect(await deleteInChunks(t.db, 'rate_limit_windows', sql`window_start < ${at(24)}::timestamptz`, { chunk: 3, maxChunks: 2 })).toBe(6);
    expect(await pruneRateLimitWindows(t.db, now)).toBe(1);
    expect(await count('rate_limit_windows')).toBe(1);
    expect(await pruneDmCounters(t.db, now)).toBe(4);
    expect(await count('dm_counters')).toBe(1);
  });
});
