import { sql } from 'drizzle-orm';
import { customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staff } from './staff';
import { accounts } from './accounts';
import { categories } from './categories';
import { cases } from './reports';
import { incidents } from './incidents';

export const sanctionType = pgEnum('sanction_type', [
  'prepost_warning', 'warning', 'mute', 'dm_suspension', 'closure', 'registration_ban', 'referral',
]);
// proposed → active | rejected (four-eyes types); active → ended (by time) | reversed (appeal overturned).
export const sanctionStatus = pgEnum('sanction_status', ['proposed', 'rejected', 'active', 'ended', 'reversed']);
// The account's part in what happened, which the ladder weighs (notice IV.1(3)).
export const caseRole = pgEnum('case_role', ['originator', 'frequent_publisher', 'inciter', 'participant']);

export const sanctions = pgTable('sanctions', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  type: sanctionType('type').notNull(),
  status: sanctionStatus('status').notNull(),
  role: caseRole('role').notNull(),
  reason: text('reason').notNull(),
  categoryId: text('category_id').references(() => categories.id),
  standardsVersion: integer('standards_version'),
  incidentId: uuid('incident_id').references(() => incidents.id),
  /** What the ladder suggested when this was proposed, with its reasons, kept for review. */
  suggestion: jsonb('suggestion'),
  startsAt: timestamp('starts_at', { withTimezone: true }),
  endsAt: timestamp('ends_at', { withTimezone: true }),
  durationHours: integer('duration_hours'),
  proposedBy: uuid('proposed_by').notNull().references(() => staff.id),
  proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by').references(() => staff.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionReason: text('decision_reason'),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  reversedBy: uuid('reversed_by').references(() => staff.id),
  reversedAt: timestamp('reversed_at', { withTimezone: true }),
  reversalReason: text('reversal_reason'),
}, (t) => [
  index('sanctions_account_idx').on(t.accountId, t.proposedAt.desc()),
  index('sanctions_proposed_idx').on(t.proposedAt).where(sql`status = 'proposed'`),
  // The expiry worker's lookup: active timed sanctions by end time.
  index('sanctions_expiry_idx').on(t.endsAt).where(sql`status = 'active' and ends_at is not null`),
  index('sanctions_incident_idx').on(t.incidentId),
]);

export const sanctionCases = pgTable('sanction_cases', {
  sanctionId: uuid('sanction_id').notNull().references(() => sanctions.id, { onDelete: 'cascade' }),
  caseId: uuid('case_id').notNull().references(() => cases.id),
}, (t) => [primaryKey({ columns: [t.sanctionId, t.caseId] }), index('sanction_cases_case_idx').on(t.caseId)]);

// The ladder admins configure: for an account in a role with at least N prior strikes, suggest this step.
export const sanctionLadderSteps = pgTable('sanction_ladder_steps', {
  id: uuid('id').primaryKey().defaultRandom(),
  role: caseRole('role').notNull(),
  minStrikes: integer('min_strikes').notNull(),
  type: sanctionType('type').notNull(),
  durationHours: integer('duration_hours'),
  updatedBy: uuid('updated_by').references(() => staff.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('sanction_ladder_steps_uq').on(t.role, t.minStrikes)]);

export const appealStatus = pgEnum('appeal_status', ['open', 'upheld', 'overturned']);

// Filed by the platform for the account; decided by a supervisor who did not take the decision.
export const appeals = pgTable('appeals', {
  id: uuid('id').primaryKey().defaultRandom(),
  externalId: text('external_id').notNull(),
  sanctionId: uuid('sanction_id').notNull().references(() => sanctions.id),
  statement: text('statement').notNull().default(''),
  status: appealStatus('status').notNull().default('open'),
  filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by').references(() => staff.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionReason: text('decision_reason'),
}, (t) => [
  uniqueIndex('appeals_external_id_uq').on(t.externalId),
  index('appeals_open_idx').on(t.filedAt).where(sql`status = 'open'`),
  index('appeals_sanction_idx').on(t.sanctionId),
  // At most one open appeal per sanction, whatever arrives in parallel (migration 0024).
  uniqueIndex('appeals_one_open_per_sanction_uq').on(t.sanctionId).where(sql`status = 'open'`),
]);

// A ban on registering new accounts: only the keyed hash of the verified identity, never the identity.
export const registrationBans = pgTable('registration_bans', {
  id: uuid('id').primaryKey().defaultRandom(),
  identityHash: text('identity_hash').notNull(),
  sanctionId: uuid('sanction_id').notNull().references(() => sanctions.id),
  until: timestamp('until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  liftedAt: timestamp('lifted_at', { withTimezone: true }),
}, (t) => [index('registration_bans_hash_idx').on(t.identityHash).where(sql`lifted_at is null`)]);

// Raw bytes as a Buffer from either driver (node-postgres gives a Buffer, PGlite a Uint8Array).
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => Buffer.from(value),
});

export const referralStatus = pgEnum('referral_status', ['prepared', 'sent', 'acknowledged']);

// A referral to the authorities: its evidence bundle's manifest and hash, and where it has got to.
export const referrals = pgTable('referrals', {
  id: uuid('id').primaryKey().defaultRandom(),
  sanctionId: uuid('sanction_id').notNull().references(() => sanctions.id),
  status: referralStatus('status').notNull().default('prepared'),
  manifest: jsonb('manifest').notNull(),
  bundleSha256: text('bundle_sha256').notNull(),
  /** The bundle exactly as prepared (a tar): what is downloaded and sent is the record itself. */
  bundle: bytea('bundle'),
  authority: text('authority').notNull().default(''),
  reference: text('reference').notNull().default(''),
  preparedBy: uuid('prepared_by').notNull().references(() => staff.id),
  preparedAt: timestamp('prepared_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
}, (t) => [uniqueIndex('referrals_sanction_uq').on(t.sanctionId)]);

export type Sanction = typeof sanctions.$inferSelect;
export type SanctionType = (typeof sanctionType.enumValues)[number];
export type CaseRole = (typeof caseRole.enumValues)[number];
export type Appeal = typeof appeals.$inferSelect;
