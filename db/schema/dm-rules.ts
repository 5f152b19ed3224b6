import { index, integer, pgEnum, pgTable, primaryKey, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from './staff';

/** Each account's own private-message setting (notice II.2), from the platform's account events. */
export const dmPreference = pgEnum('dm_preference', ['everyone', 'following', 'nobody']);
export type DmPreference = (typeof dmPreference.enumValues)[number];

export const dmPreferences = pgTable('dm_preferences', {
  accountId: text('account_id').primaryKey(),
  preference: dmPreference('preference').notNull(),
  // The platform's time of the setting: an older event arriving late does not undo a newer one.
  setAt: timestamp('set_at', { withTimezone: true }).notNull(),
});

/**
 * The admin-set limits on strangers' private messages, one row per saved version; the highest
 * version is in force and the rest are its history.
 */
export const dmRuleVersions = pgTable('dm_rule_versions', {
  version: serial('version').primaryKey(),
  senderLimit: integer('sender_limit').notNull(),
  senderWindowMinutes: integer('sender_window_minutes').notNull(),
  recipientLimit: integer('recipient_limit').notNull(),
  recipientWindowMinutes: integer('recipient_window_minutes').notNull(),
  newAccountDays: integer('new_account_days').notNull(),
  newSenderLimit: integer('new_sender_limit').notNull(),
  minorRecipientLimit: integer('minor_recipient_limit').notNull(),
  note: text('note').notNull().default(''),
  createdBy: uuid('created_by').references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Stranger messages counted per fixed window: scope is `sender:<minutes>` or `recipient:<minutes>`.
 * One row per key and window, bumped by a single INSERT … ON CONFLICT … WHERE count < limit.
 */
export const dmCounters = pgTable('dm_counters', {
  scope: text('scope').notNull(),
  key: text('key').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
}, (t) => [primaryKey({ columns: [t.scope, t.key, t.windowStart] }), index('dm_counters_window_idx').on(t.windowStart)]);

export type DmRuleVersion = typeof dmRuleVersions.$inferSelect;
