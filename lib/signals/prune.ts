import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { deleteInChunks, retentionFromEnv } from '@/lib/worker/prune';
import { latestEventMinute } from './ingest';
import { MAX_PAST_DAYS } from './input';
import { PREVIEW_DAYS } from './preview';

const DAY_MS = 86_400_000;

/**
 * How long batch ids are kept (SIGNAL_BATCH_RETENTION_DAYS, wall clock). Never less than the oldest
 * signal ingest accepts plus a day: a batch received longer ago carries only signals ingest now
 * refuses, so replaying it cannot add anything even once its id is forgotten.
 */
export const batchRetentionDays = () => retentionFromEnv('SIGNAL_BATCH_RETENTION_DAYS', MAX_PAST_DAYS + 1, MAX_PAST_DAYS + 1);

/**
 * How long buckets are kept (SIGNAL_BUCKET_RETENTION_DAYS, in event time behind the latest minute any
 * batch carried): the detector has stepped past them, and the threshold preview replays PREVIEW_DAYS.
 * An alert older than this shows its chart without its series.
 */
export const bucketRetentionDays = () => retentionFromEnv('SIGNAL_BUCKET_RETENTION_DAYS', PREVIEW_DAYS + 1, PREVIEW_DAYS + 1);

/**
 * Timed job: forgets batch ids past their retention (keeping the batch that carries the detector's
 * watermark, and any not yet noted), buckets past theirs that the detector has stepped through, and
 * then the detector state of keys silent that long (no open run, no bucket left): stepped on, such a
 * state reaches rest (mean 0, no run), which is how a key first seen in a known stream starts again
 * (lib/signals/detector.ts startState). In chunks (lib/worker/prune.ts), safe beside ingest and
 * other workers. Returns the rows deleted.
 */
export async function pruneSignals(db: Db, now: Date = new Date()): Promise<number> {
  const batchCutoff = new Date(now.getTime() - batchRetentionDays() * DAY_MS).toISOString();
  let deleted = await deleteInChunks(db, 'signal_batches', sql`received_at < ${batchCutoff}::timestamptz and noted
    and max_minute < (select max(max_minute) from signal_batches)`);
  const latest = await latestEventMinute(db);
  if (latest !== null) {
    const bucketCutoff = latest - bucketRetentionDays() * 1440;
    deleted += await deleteInChunks(db, 'signal_buckets', sql`minute < ${bucketCutoff} and exists (
      select 1 from detector_state d where d.kind = signal_buckets.kind and d.key = signal_buckets.key and d.processed_through >= signal_buckets.minute)`);
    deleted += await deleteInChunks(db, 'detector_state', sql`processed_through < ${bucketCutoff} and latest_minute <= processed_through
      and run_start is null and not exists (select 1 from signal_buckets b where b.kind = detector_state.kind and b.key = detector_state.key)`);
  }
  return deleted;
}
