import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staff } from './staff';

// A supervisor's mute of an abusive or spamming reporter: their new reports sink to the bottom of
// their band of the queue (lib/reporters/mute.ts). Unmuting closes the row; one mute in force at a time.
export const reporterMutes = pgTable('reporter_mutes', {
  id: uuid('id').primaryKey().defaultRandom(),
  reporterAccountId: text('reporter_account_id').notNull(),
  reason: text('reason').notNull(),
  mutedBy: uuid('muted_by').notNull().references(() => staff.id),
  mutedAt: timestamp('muted_at', { withTimezone: true }).notNull().defaultNow(),
  unmutedBy: uuid('unmuted_by').references(() => staff.id),
  unmutedAt: timestamp('unmuted_at', { withTimezone: true }),
  unmuteReason: text('unmute_reason'),
}, (t) => [uniqueIndex('reporter_mutes_in_force_uq').on(t.reporterAccountId).where(sql`unmuted_at is null`)]);

export type ReporterMute = typeof reporterMutes.$inferSelect;
