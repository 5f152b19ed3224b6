import { sql } from 'drizzle-orm';
import {
  boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { staff } from './staff';
import { incidents } from './incidents';

// Notice III.2: places where talk about an incident gathers and spreads.
export const sectionKind = pgEnum('section_kind', ['topic', 'group', 'board', 'entry', 'live_room']);
export const sectionStatus = pgEnum('section_status', ['open', 'dispersed', 'creation_suspended', 'closed']);
export const sectionClosureTarget = pgEnum('section_closure_target', ['section', 'group_account']);
export const sectionClosureStatus = pgEnum('section_closure_status', ['pending', 'approved', 'rejected']);
export const sectionRuleMatch = pgEnum('section_rule_match', ['substring', 'glob']);

// A section as the platform reports it. Live rooms are sections of kind live_room; the livestreams
// capability keys its own live_rooms table by sections.id.
export const sections = pgTable('sections', {
  id: uuid('id').primaryKey().defaultRandom(),
  externalId: text('external_id').notNull(),
  kind: sectionKind('kind').notNull(),
  name: text('name').notNull(),
  // The account that owns a group (what a "close the group account" proposal targets).
  ownerAccountId: text('owner_account_id'),
  status: sectionStatus('status').notNull().default('open'),
  heatPerHour: integer('heat_per_hour').notNull().default(0),
  flaggedItems: integer('flagged_items').notNull().default(0),
  totalItems: integer('total_items').notNull().default(0),
  selfHarmItems: integer('self_harm_items').notNull().default(0),
  incidentId: uuid('incident_id').references(() => incidents.id),
  linkedBy: uuid('linked_by').references(() => staff.id),
  // Distinct new accounts posting near-identical "submissions" (lib/sections/bot-submissions.ts).
  botAccounts: integer('bot_accounts').notNull().default(0),
  botSuspectedAt: timestamp('bot_suspected_at', { withTimezone: true }),
  suspendedByRuleId: uuid('suspended_by_rule_id'),
  platformCreatedAt: timestamp('platform_created_at', { withTimezone: true }),
  activityAt: timestamp('activity_at', { withTimezone: true }),
  dispersedAt: timestamp('dispersed_at', { withTimezone: true }),
  dispersedBy: uuid('dispersed_by').references(() => staff.id),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedBy: uuid('closed_by').references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('sections_external_uq').on(t.externalId),
  index('sections_heat_idx').on(t.heatPerHour.desc(), t.id),
  index('sections_status_idx').on(t.status),
  index('sections_incident_idx').on(t.incidentId),
  index('sections_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
]);

export const sectionNames = pgTable('section_names', {
  id: uuid('id').primaryKey().defaultRandom(),
  sectionId: uuid('section_id').notNull().references(() => sections.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('section_names_section_idx').on(t.sectionId, t.changedAt)]);

// One dispersal, remembered so restore reverses exactly what it did (status and the posts it folded).
export const sectionDispersals = pgTable('section_dispersals', {
  id: uuid('id').primaryKey().defaultRandom(),
  sectionId: uuid('section_id').notNull().references(() => sections.id),
  incidentId: uuid('incident_id').references(() => incidents.id),
  previousStatus: sectionStatus('previous_status').notNull(),
  reason: text('reason').notNull().default(''),
  dispersedBy: uuid('dispersed_by').notNull().references(() => staff.id),
  dispersedAt: timestamp('dispersed_at', { withTimezone: true }).notNull().defaultNow(),
  restoredBy: uuid('restored_by').references(() => staff.id),
  restoredAt: timestamp('restored_at', { withTimezone: true }),
}, (t) => [
  uniqueIndex('section_dispersals_current_uq').on(t.sectionId).where(sql`restored_at is null`),
  index('section_dispersals_incident_idx').on(t.incidentId),
]);

// Posts inside a section, fed by the sections events API. Text is hostile plain text.
export const sectionPosts = pgTable('section_posts', {
  id: uuid('id').primaryKey().defaultRandom(),
  externalId: text('external_id').notNull(),
  sectionId: uuid('section_id').notNull().references(() => sections.id, { onDelete: 'cascade' }),
  authorAccountId: text('author_account_id').notNull(),
  authorCreatedAt: timestamp('author_created_at', { withTimezone: true }),
  text: text('text').notNull(),
  flagged: boolean('flagged').notNull().default(false),
  selfHarm: boolean('self_harm').notNull().default(false),
  folded: boolean('folded').notNull().default(false),
  foldedByDispersalId: uuid('folded_by_dispersal_id').references(() => sectionDispersals.id),
  postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('section_posts_external_uq').on(t.externalId),
  index('section_posts_section_idx').on(t.sectionId, t.postedAt.desc()),
  index('section_posts_dispersal_idx').on(t.foldedByDispersalId),
  index('section_posts_text_trgm_idx').using('gin', t.text.op('gin_trgm_ops')),
]);

// Closing a section or its group account: a proposal a second supervisor decides (four-eyes).
export const sectionClosures = pgTable('section_closures', {
  id: uuid('id').primaryKey().defaultRandom(),
  sectionId: uuid('section_id').notNull().references(() => sections.id),
  target: sectionClosureTarget('target').notNull().default('section'),
  incidentId: uuid('incident_id').references(() => incidents.id),
  reason: text('reason').notNull(),
  status: sectionClosureStatus('status').notNull().default('pending'),
  proposedBy: uuid('proposed_by').notNull().references(() => staff.id),
  proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by').references(() => staff.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionReason: text('decision_reason'),
}, (t) => [
  uniqueIndex('section_closures_pending_uq').on(t.sectionId).where(sql`status = 'pending'`),
  index('section_closures_status_idx').on(t.status, t.proposedAt),
]);

// Names whose sections may not be created until `until` (kinds null = every kind).
export const sectionNameRules = pgTable('section_name_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  pattern: text('pattern').notNull(),
  match: sectionRuleMatch('match').notNull().default('substring'),
  kinds: sectionKind('kinds').array(),
  until: timestamp('until', { withTimezone: true }).notNull(),
  reason: text('reason').notNull().default(''),
  incidentId: uuid('incident_id').references(() => incidents.id),
  createdBy: uuid('created_by').notNull().references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedBy: uuid('revoked_by').references(() => staff.id),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
}, (t) => [index('section_name_rules_until_idx').on(t.until).where(sql`revoked_at is null`)]);

export type Section = typeof sections.$inferSelect;
export type SectionPost = typeof sectionPosts.$inferSelect;
export type SectionClosure = typeof sectionClosures.$inferSelect;
export type SectionNameRule = typeof sectionNameRules.$inferSelect;
export type SectionKind = (typeof sectionKind.enumValues)[number];
export type SectionStatus = (typeof sectionStatus.enumValues)[number];
