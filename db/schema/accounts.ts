import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staff } from './staff';

export const verificationStatus = pgEnum('verification_status', ['unverified', 'pending', 'verified']);
export const accountStatus = pgEnum('account_status', ['active', 'closed']);

/**
 * Platform accounts as the console knows them: from `POST /api/v1/accounts/events`, or created
 * bare (id only) the first time staff act on an account only seen in a report. The id is the
 * platform's own. The verified identity itself is never stored: only its keyed hash (HMAC with a
 * server secret), which is what a registration ban records.
 */
export const accounts = pgTable('accounts', {
  id: text('id').primaryKey(),
  handle: text('handle').notNull().default(''),
  displayName: text('display_name').notNull().default(''),
  verification: verificationStatus('verification').notNull().default('unverified'),
  identityHash: text('identity_hash'),
  isMinor: boolean('is_minor').notNull().default(false),
  agencyId: uuid('agency_id').references(() => agencies.id),
  status: accountStatus('status').notNull().default('active'),
  registeredAt: timestamp('registered_at', { withTimezone: true }),
  firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('accounts_handle_idx').on(sql`lower(${t.handle})`),
  // The accounts list searches handles and names by substring (ILIKE '%q%') and lists newest-changed first.
  index('accounts_handle_trgm_idx').using('gin', t.handle.op('gin_trgm_ops')),
  index('accounts_display_name_trgm_idx').using('gin', t.displayName.op('gin_trgm_ops')),
  index('accounts_updated_idx').on(t.updatedAt.desc(), t.id),
  index('accounts_agency_idx').on(t.agencyId),
  index('accounts_identity_hash_idx').on(t.identityHash),
]);

// Every name an account has had, newest last: renames after a hot incident's parties are a hype signal (IV.2).
export const accountNames = pgTable('account_names', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: text('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  handle: text('handle').notNull(),
  displayName: text('display_name').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
}, (t) => [index('account_names_account_idx').on(t.accountId, t.changedAt)]);

// Platform events already applied, so a retried delivery changes nothing the second time.
export const accountEvents = pgTable('account_events', {
  eventId: text('event_id').primaryKey(),
  accountId: text('account_id').notNull(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

// MCN agencies (notice IV.2): the companies that manage creator accounts.
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  externalId: text('external_id').notNull(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('agencies_external_id_uq').on(t.externalId)]);

// Membership history; accounts.agency_id is the current one.
export const agencyMemberships = pgTable('agency_memberships', {
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  accountId: text('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
  leftAt: timestamp('left_at', { withTimezone: true }),
}, (t) => [primaryKey({ columns: [t.agencyId, t.accountId, t.joinedAt] }), index('agency_memberships_account_idx').on(t.accountId)]);

// Staff's tags on an account (normalised by lib/accounts/tags.ts); the accounts list filters by one.
export const accountTags = pgTable('account_tags', {
  accountId: text('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  tag: text('tag').notNull(),
  addedBy: uuid('added_by').notNull().references(() => staff.id),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.accountId, t.tag] }), index('account_tags_tag_idx').on(t.tag)]);

export type Account = typeof accounts.$inferSelect;
export type Agency = typeof agencies.$inferSelect;
