import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { staff } from './staff';

/**
 * One-key protection (notice II.1): what strangers may no longer do to an account. `stranger_dm`,
 * `comment`, `forward` and `mention` are the channels the platform closes to anyone the account does
 * not follow.
 */
export const protectionChannels = ['stranger_dm', 'comment', 'forward', 'mention'] as const;
export type ProtectionChannel = (typeof protectionChannels)[number];

export const protectionSource = pgEnum('protection_source', ['account', 'staff']);
export const protectionStatus = pgEnum('protection_status', ['active', 'ended']);

/**
 * Every protection an account has had; at most one active at a time (a new setting ends the one
 * before it). `until` is null only for the account's own open-ended setting: staff always give an end.
 */
export const accountProtections = pgTable('account_protections', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: text('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  channels: text('channels').array().notNull(),
  until: timestamp('until', { withTimezone: true }),
  source: protectionSource('source').notNull(),
  setBy: uuid('set_by').references(() => staff.id),
  reason: text('reason').notNull().default(''),
  status: protectionStatus('status').notNull().default('active'),
  // The platform's time for the account's own setting, the console's for staff.
  setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  // expired | replaced | staff | account
  endedHow: text('ended_how'),
  endedBy: uuid('ended_by').references(() => staff.id),
}, (t) => [
  uniqueIndex('account_protections_active_uq').on(t.accountId).where(sql`status = 'active'`),
  index('account_protections_until_idx').on(t.until).where(sql`status = 'active' and until is not null`),
  index('account_protections_account_idx').on(t.accountId, t.setAt),
]);

// System prompts staff sent an account to switch protection on (the platform shows them).
export const protectionPrompts = pgTable('protection_prompts', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: text('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  channels: text('channels').array().notNull(),
  hours: integer('hours').notNull(),
  reason: text('reason').notNull(),
  promptedBy: uuid('prompted_by').notNull().references(() => staff.id),
  promptedAt: timestamp('prompted_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('protection_prompts_account_idx').on(t.accountId, t.promptedAt)]);

export type AccountProtection = typeof accountProtections.$inferSelect;
export type ProtectionPrompt = typeof protectionPrompts.$inferSelect;
