import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/query';
import type { SignalKind } from '@/db/schema/signals';

/** Batches noted per transaction. */
const NOTE_BATCHES = 500;

/** The event-time ranges the batches cover, overlapping and touching ones merged. */
export function mergeRanges(ranges: { lo: number; hi: number }[]): { lo: number[]; hi: number[] } {
  const sorted = [...ranges].sort((a, b) => a.lo - b.lo);
  const out = { lo: [] as number[], hi: [] as number[] };
  for (const r of sorted) {
    const last = out.hi.length - 1;
    if (last >= 0 && r.lo <= out.hi[last] + 1) out.hi[last] = Math.max(out.hi[last], r.hi);
    else {
      out.lo.push(r.lo);
      out.hi.push(r.hi);
    }
  }
  return out;
}

/**
 * The worker's first step (lib/signals/run-detector.ts): reflects the batches taken since the last
 * note in detector_state, set-based: a key seen for the first time gets its state from just before
 * its first minute, a known key its latest minute (so the pending index finds it). Ingest used to do
 * this per batch; here it is one statement per NOTE_BATCHES batches, however many batches a key came
 * in. It reads the buckets of the minutes those batches carried (a backfill of last week is noted as
 * surely as this minute's batch), and keeps each kind's first minute (signal_streams). Batches are
 * claimed with SKIP LOCKED, so workers note side by side; their writes lock keys in one order.
 * Returns the batches noted.
 */
export async function noteNewMinutes(db: Db): Promise<number> {
  let noted = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const batches = await queryRows<{ batch_id: string; min_minute: number; max_minute: number }>(tx, sql`
        select batch_id, min_minute, max_minute from signal_batches where not noted
        order by received_at limit ${NOTE_BATCHES} for update skip locked`);
      if (!batches.length) return 0;
      const { lo, hi } = mergeRanges(batches.map((b) => ({ lo: Number(b.min_minute), hi: Number(b.max_minute) })));
      const minutes = sql`(select b.kind, b.key, b.minute from unnest(${sql.param(lo)}::int[], ${sql.param(hi)}::int[]) as r(lo, hi)
        join signal_buckets b on b.minute between r.lo and r.hi)`;
      await tx.execute(sql`
        insert into signal_streams (kind, first_minute)
        select kind, min(minute) from ${minutes} as m group by kind
        on conflict (kind) do update set first_minute = excluded.first_minute where excluded.first_minute < signal_streams.first_minute`);
      // Only rows that change are written (a key whose minutes another batch noted is left alone); a key
      // not yet stepped (age 0) moves its start back when an earlier minute arrives late.
      await tx.execute(sql`
        insert into detector_state (kind, key, processed_through, latest_minute)
        select kind, key, min(minute) - 1, max(minute) from ${minutes} as m group by kind, key order by kind, key
        on conflict (kind, key) do update set
          latest_minute = greatest(detector_state.latest_minute, excluded.latest_minute),
          processed_through = case when detector_state.age = 0
            then least(detector_state.processed_through, excluded.processed_through) else detector_state.processed_through end
        where excluded.latest_minute > detector_state.latest_minute
          or (detector_state.age = 0 and excluded.processed_through < detector_state.processed_through)`);
      await tx.execute(sql`update signal_batches set noted = true where batch_id = any(${sql.param(batches.map((b) => b.batch_id))}::text[])`);
      return batches.length;
    });
    noted += n;
    if (n < NOTE_BATCHES) return noted;
  }
}

/** Each kind's first counted minute. */
export async function streamStarts(db: Db): Promise<Map<SignalKind, number>> {
  const rows = await queryRows<{ kind: SignalKind; first_minute: number }>(db, sql`select kind, first_minute from signal_streams`);
  return new Map(rows.map((r) => [r.kind, Number(r.first_minute)]));
}
