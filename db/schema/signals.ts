import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';

/** What a signal counts (notice I.3); the key says about whom or what. */
export const signalKinds = ['stranger_dm', 'mention', 'comment_on', 'report', 'topic_heat', 'search'] as const;
export type SignalKind = (typeof signalKinds)[number];

/**
 * Signals summed per kind, key and minute of event time (`minute`: whole minutes since the Unix
 * epoch, of the platform's clock). One batch is one upsert adding to these counts.
 */
export const signalBuckets = pgTable('signal_buckets', {
  // Byte-wise ("C") comparison: keys are ids and terms, and the upsert's index work is cheaper.
  kind: text('kind').$type<SignalKind>().notNull(),
  key: text('key').notNull(),
  minute: integer('minute').notNull(),
  count: integer('count').notNull(),
}, (t) => [
  primaryKey({ columns: [t.kind, t.key, t.minute] }),
  // The worker's note finds minutes written since its last run by range (buckets arrive in about minute order).
  index('signal_buckets_minute_brin').using('brin', t.minute),
]);

/** Per kind, the first minute ever counted (a key first seen once its kind has history is a known quiet key). */
export const signalStreams = pgTable('signal_streams', {
  kind: text('kind').$type<SignalKind>().primaryKey(),
  firstMinute: integer('first_minute').notNull(),
});

/**
 * Every batch taken, so a replayed batchId adds nothing; `minMinute`..`maxMinute` are the event times
 * the batch carried: the detector's watermark is the greatest of them.
 */
export const signalBatches = pgTable('signal_batches', {
  batchId: text('batch_id').primaryKey(),
  apiKeyId: uuid('api_key_id'),
  signals: integer('signals').notNull(),
  minMinute: integer('min_minute').notNull(),
  maxMinute: integer('max_minute').notNull(),
  /** The worker has reflected this batch's keys in detector_state (lib/signals/note.ts). */
  noted: boolean('noted').notNull().default(false),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('signal_batches_max_minute_idx').on(t.maxMinute),
  index('signal_batches_unnoted_idx').on(t.receivedAt).where(sql`not noted`),
]);

/**
 * The detector's state per kind and key (lib/signals/detector.ts KeyState), advanced through
 * `processedThrough`; `latestMinute` is the latest minute with signals the worker has noted
 * (lib/signals/note.ts), so keys with unprocessed minutes are found through a partial index.
 */
export const detectorState = pgTable('detector_state', {
  kind: text('kind').$type<SignalKind>().notNull(),
  key: text('key').notNull(),
  processedThrough: integer('processed_through').notNull(),
  latestMinute: integer('latest_minute').notNull(),
  mean: doublePrecision('mean').notNull().default(0),
  age: integer('age').notNull().default(0),
  cusum: doublePrecision('cusum').notNull().default(0),
  runStart: integer('run_start'),
  runEvents: integer('run_events').notNull().default(0),
  runMinutes: integer('run_minutes').notNull().default(0),
  runPeak: integer('run_peak').notNull().default(0),
  runBaseline: doublePrecision('run_baseline').notNull().default(0),
  alarmed: boolean('alarmed').notNull().default(false),
  /** First seen in a known stream: a known quiet key from its first minute (lib/signals/detector.ts startState). */
  quietStart: boolean('quiet_start').notNull().default(false),
}, (t) => [
  primaryKey({ columns: [t.kind, t.key] }),
  index('detector_state_pending_idx').on(t.kind, t.key).where(sql`latest_minute > processed_through`),
]);

/** The detector's thresholds as an admin set them (one row); absent: the defaults. */
export const earlyWarningSettings = pgTable('early_warning_settings', {
  id: integer('id').primaryKey().default(1),
  settings: jsonb('settings').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
