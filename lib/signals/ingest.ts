import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { signalBatches } from '@/db/schema';
import type { FieldError } from '@/lib/api/field-errors';
import { addBuckets, toBuckets } from './buckets';
import { checkSignal, type Signal } from './input';

export type IngestResult = {
  batchId: string;
  /** true when this batchId was taken before: nothing was added. */
  replayed: boolean;
  accepted: number;
  buckets: number;
  rejected: { index: number; errors: FieldError[] }[];
};

/**
 * Takes a batch of signals: each checked on its own (the bad ones answered by index, the good ones
 * kept), summed per minute and added in one statement. The batch id is recorded in the same
 * transaction, so a replayed batch adds nothing.
 */
export async function ingestSignals(tx: Tx, input: { batchId?: string; signals: unknown[] }, now: Date, apiKeyId: string | null): Promise<IngestResult> {
  const good: Signal[] = [];
  const rejected: IngestResult['rejected'] = [];
  const clock = now.getTime();
  input.signals.forEach((raw, index) => {
    const checked = checkSignal(raw, clock);
    if (Array.isArray(checked)) rejected.push({ index, errors: checked.map((e) => ({ field: `signals.${index}.${e.field}`, message: e.message })) });
    else good.push(checked);
  });
  const batchId = input.batchId ?? `auto:${randomUUID()}`;
  if (!good.length) return { batchId, replayed: false, accepted: 0, buckets: 0, rejected };

  let maxMinute = good[0].minute;
  let minMinute = maxMinute;
  for (const s of good) {
    if (s.minute > maxMinute) maxMinute = s.minute;
    if (s.minute < minMinute) minMinute = s.minute;
  }
  const taken = await tx.insert(signalBatches).values({ batchId, apiKeyId, signals: good.length, minMinute, maxMinute })
    .onConflictDoNothing().returning({ batchId: signalBatches.batchId });
  if (!taken.length) return { batchId, replayed: true, accepted: 0, buckets: 0, rejected };

  const buckets = toBuckets(good);
  await addBuckets(tx, buckets);
  return { batchId, replayed: false, accepted: good.length, buckets: buckets.kinds.length, rejected };
}

/** The detector's watermark: the latest event minute any batch carried. */
export async function latestEventMinute(tx: Tx | Parameters<typeof addBuckets>[0]): Promise<number | null> {
  const result = (await tx.execute(sql`select max(max_minute) as m from signal_batches`)) as unknown as { rows: { m: number | null }[] };
  return result.rows[0]?.m ?? null;
}
