import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from './staff';
import { accounts } from './accounts';
import { incidents, partyRole } from './incidents';

// open → verified (it is genuinely that person or institution) | cleared (no impersonation) | escalated (a sanction is proposed).
export const identityFlagStatus = pgEnum('identity_flag_status', ['open', 'verified', 'cleared', 'escalated']);

/**
 * An account renamed to the name of a party or institution in a hot incident (notice IV.2): the
 * platform asks the user to verify their real identity, and staff settle the flag in its own queue.
 * The names are copied as they were, so the queue shows what the rename looked like even after later renames.
 */
export const identityFlags = pgTable('identity_flags', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  oldHandle: text('old_handle').notNull().default(''),
  oldDisplayName: text('old_display_name').notNull().default(''),
  newHandle: text('new_handle').notNull(),
  newDisplayName: text('new_display_name').notNull(),
  incidentId: uuid('incident_id').notNull().references(() => incidents.id),
  // Which party the new name matched, and the party's name that matched.
  matchedAccountId: text('matched_account_id').notNull(),
  matchedName: text('matched_name').notNull(),
  matchedRole: partyRole('matched_role').notNull(),
  status: identityFlagStatus('status').notNull().default('open'),
  renamedAt: timestamp('renamed_at', { withTimezone: true }).notNull(),
  raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
  resolvedBy: uuid('resolved_by').references(() => staff.id),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  resolutionNote: text('resolution_note'),
}, (t) => [
  index('identity_flags_open_idx').on(t.raisedAt).where(sql`status = 'open'`),
  index('identity_flags_account_idx').on(t.accountId),
  index('identity_flags_incident_idx').on(t.incidentId),
]);

export type IdentityFlag = typeof identityFlags.$inferSelect;
export type IdentityFlagStatus = (typeof identityFlagStatus.enumValues)[number];
