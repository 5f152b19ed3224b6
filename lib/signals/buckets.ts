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
 * One statement per batch: adds the buckets to their counts. Nothing else per key: which keys have
 * new minutes the worker notes from the buckets once per run (lib/signals/note.ts), so a key sent in
 * 300 batches a minute costs one detector_state write a minute, not 300.
 */
export async function addBuckets(tx: Executor, b: Buckets): Promise<void> {
  if (!b.kinds.length) return;
  await tx.execute(sql`
    insert into signal_buckets (kind, key, minute, count)
    select * from unnest(${sql.param(b.kinds)}::text[], ${sql.param(b.keys)}::text[], ${sql.param(b.minutes)}::int[], ${sql.param(b.counts)}::int[])
    on conflict (kind, key, minute) do update set count = signal_buckets.count + excluded.count`);
}
