import { doublePrecision, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import type { SignalKind } from './signals';

export const alertStatus = pgEnum('alert_status', ['open', 'acknowledged', 'linked', 'dismissed']);

/**
 * A surge the detector found (notice I.3): one per kind, key and surge (the minute it began), so two
 * workers or a replay never raise it twice. Times are event time.
 */
export const alerts = pgTable('alerts', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<SignalKind>().notNull(),
  key: text('key').notNull(),
  beganAt: timestamp('began_at', { withTimezone: true }).notNull(),
  detectedAt: timestamp('detected_at', { withTimezone: true }).notNull(),
  /** Highest events in one minute of the surge up to detection. */
  peakRate: doublePrecision('peak_rate').notNull(),
  /** Events per minute expected before the surge. */
  baseline: doublePrecision('baseline').notNull(),
  /** The surge's average rate over its baseline at detection. */
  lift: doublePrecision('lift').notNull(),
  minor: boolean('minor').notNull().default(false),
  status: alertStatus('status').notNull().default('open'),
  incidentId: uuid('incident_id'),
  dismissReason: text('dismiss_reason'),
  actedBy: uuid('acted_by'),
  actedAt: timestamp('acted_at', { withTimezone: true }),
  raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
  beganMinute: integer('began_minute').notNull(),
}, (t) => [
  uniqueIndex('alerts_surge_uq').on(t.kind, t.key, t.beganMinute),
  index('alerts_detected_idx').on(t.detectedAt, t.id),
  index('alerts_status_idx').on(t.status, t.minor, t.lift),
]);

export type Alert = typeof alerts.$inferSelect;
export type AlertStatus = (typeof alertStatus.enumValues)[number];
