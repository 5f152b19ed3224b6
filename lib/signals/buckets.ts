import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { SignalKind } from '@/db/schema/signals';
import type { Signal } from './input';

export type Buckets = { kinds: SignalKind[]; keys: string[]; minutes: number[]; counts: number[] };

/** Sums signals per kind, key and minute, in a stable order (so concurrent batches lock rows alike). */
export function toBuckets(signals: Signal[]): Buckets {
  const byKey = new Map<string, Map<number, number>>();
  for (const s of signals) {
    const id = `${s.kind}\u0000${s.key}`;
    let minutes = byKey.get(id);
    if (!minutes) byKey.set(id, (minutes = new Map()));
    minutes.set(s.minute, (minutes.get(s.minute) ?? 0) + s.count);
  }
  const out: Buckets = { kinds: [], keys: [], minutes: [], counts: [] };
  for (const id of [...byKey.keys()].sort()) {
    const cut = id.indexOf('\u0000');
    const kind = id.slice(0, cut) as SignalKind;
    const key = id.slice(cut + 1);
    const minutes = byKey.get(id)!;
    for (const minute of [...minutes.keys()].sort((a, b) => a - b)) {
      out.kinds.push(kind);
      out.keys.push(key);
      out.minutes.push(minute);
      out.counts.push(minutes.get(minute)!);
    }
  }
  return out;
}

/**
 * One statement per batch: adds the buckets to their counts and marks each key's detector state as
 * having minutes to process (creating it, from just before the key's first minute, for a new key).
 */
export async function addBuckets(tx: Executor, b: Buckets): Promise<void> {
  if (!b.kinds.length) return;
  await tx.execute(sql`
    with input as (
      select * from unnest(${sql.param(b.kinds)}::text[], ${sql.param(b.keys)}::text[], ${sql.param(b.minutes)}::int[], ${sql.param(b.counts)}::int[])
        as u(kind, key, minute, count)
    ), added as (
      insert into signal_buckets (kind, key, minute, count)
      select kind, key, minute, count from input
      on conflict (kind, key, minute) do update set count = signal_buckets.count + excluded.count
      returning 1
    )
    insert into detector_state (kind, key, processed_through, latest_minute)
    select kind, key, min(minute) - 1, max(minute) from input group by kind, key order by kind, key
    on conflict (kind, key) do update set
      latest_minute = greatest(detector_state.latest_minute, excluded.latest_minute),
      processed_through = case when detector_state.age = 0
        then least(detector_state.processed_through, excluded.processed_through) else detector_state.processed_through end`);
}
