import { sql } from 'drizzle-orm';
import {
  boolean, customType, index, integer, jsonb, pgEnum, pgTable, real, smallint, text, timestamp, unique, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { standardsVersions } from './standards';
import { staff } from './staff';

// node-postgres sends a Buffer as bytea (a bare Uint8Array it would not) and hands back Buffers that
// may be views into a shared pool: both ways copy, so the weights are always a fresh, zero-offset array.
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | Buffer }>({
  dataType: () => 'bytea',
  toDriver: (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength),
  fromDriver: (v) => Uint8Array.from(v as Uint8Array),
});

export const modelStatus = pgEnum('model_status', ['candidate', 'promoted', 'retired']);

/**
 * A trained recognition model (notice I.2). Candidates are trained by an admin or by the worker when
 * the library changed; only an admin promotes one. At most one version is promoted at a time.
 */
export const modelVersions = pgTable('model_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  algorithm: text('algorithm').notNull(),
  weights: bytea('weights').notNull(),
  trainingSize: integer('training_size').notNull(),
  /** SHA-256 over the training rows (label, category, text) in a stable order. */
  trainingHash: text('training_hash').notNull(),
  /** The library's state the candidate was trained from (count and newest change), to tell when to retrain. */
  libraryStamp: text('library_stamp').notNull(),
  standardsVersion: integer('standards_version'),
  metrics: jsonb('metrics').notNull(),
  status: modelStatus('status').notNull().default('candidate'),
  trainedBy: uuid('trained_by').references(() => staff.id),
  trainedAt: timestamp('trained_at', { withTimezone: true }).notNull().defaultNow(),
  promotedBy: uuid('promoted_by').references(() => staff.id),
  promotedAt: timestamp('promoted_at', { withTimezone: true }),
}, (t) => [
  uniqueIndex('model_versions_one_promoted_uq').on(t.status).where(sql`status = 'promoted'`),
  index('model_versions_trained_idx').on(t.trainedAt.desc()),
]);

/** Labelled texts an admin imported as training data, beside the library's accepted examples. */
export const modelTrainingRows = pgTable('model_training_rows', {
  id: uuid('id').primaryKey().defaultRandom(),
  text: text('text').notNull(),
  violation: boolean('violation').notNull(),
  categoryId: text('category_id'),
  /** SHA-256 of label, category and text: importing the same file twice adds nothing. */
  rowHash: text('row_hash').notNull().unique(),
  importedBy: uuid('imported_by').references(() => staff.id),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Pre-check thresholds and risk weights, versioned with the standards: a draft's row is edited, a
 * published version's row never changes (a trigger refuses it). A version without a row uses the
 * newest earlier version's row, or the defaults in lib/model/settings.ts.
 */
export const modelSettings = pgTable('model_settings', {
  version: integer('version').primaryKey().references(() => standardsVersions.version, { onDelete: 'cascade' }),
  settings: jsonb('settings').notNull(),
  updatedBy: uuid('updated_by').references(() => staff.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Pre-check outcomes without text, counted per hour, kind, category, score in hundredths and decision:
 * what the threshold preview re-decides. A request adds to these counts (0030_model_precheck.sql).
 */
export const precheckOutcomeCounts = pgTable('precheck_outcome_counts', {
  hour: timestamp('hour', { withTimezone: true }).notNull(),
  kind: text('kind').notNull(),
  categoryId: text('category_id'),
  scoreCents: smallint('score_cents').notNull(),
  decision: text('decision').notNull(),
  modelVersion: uuid('model_version').notNull(),
  count: integer('count').notNull(),
}, (t) => [unique('precheck_outcome_counts_key').on(t.hour, t.kind, t.categoryId, t.scoreCents, t.decision, t.modelVersion).nullsNotDistinct()]);

export type ModelVersion = typeof modelVersions.$inferSelect;
export type ModelStatus = (typeof modelStatus.enumValues)[number];
export type ModelTrainingRow = typeof modelTrainingRows.$inferSelect;
