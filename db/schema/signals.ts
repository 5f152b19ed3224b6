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
  kind: text('kind').$type<SignalKind>().notNull(),
  key: text('key').notNull(),
  minute: integer('minute').notNull(),
  count: integer('count').notNull(),
}, (t) => [primaryKey({ columns: [t.kind, t.key, t.minute] })]);

/**
 * Every batch taken, so a replayed batchId adds nothing; `maxMinute` is the latest event time the batch
 * carried: the detector's watermark is the greatest of them.
 */
export const signalBatches = pgTable('signal_batches', {
  batchId: text('batch_id').primaryKey(),
  apiKeyId: uuid('api_key_id'),
  signals: integer('signals').notNull(),
  maxMinute: integer('max_minute').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('signal_batches_max_minute_idx').on(t.maxMinute)]);

/**
 * The detector's state per kind and key (lib/signals/detector.ts KeyState), advanced through
 * `processedThrough`; `latestMinute` is the latest minute with signals, so keys with unprocessed
 * minutes are found through a partial index.
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
