import { sql } from 'drizzle-orm';
import {
  boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { staff } from './staff';
import { cases } from './reports';

export const incidentStatus = pgEnum('incident_status', ['watching', 'active', 'contained', 'closed']);
export const incidentRisk = pgEnum('incident_risk', ['low', 'medium', 'high', 'critical']);
export const partyRole = pgEnum('party_role', ['targeted_person', 'originator', 'inciter', 'related_institution']);
export const termLanguage = pgEnum('term_language', ['zh', 'en']);
export const incidentLinkKind = pgEnum('incident_link_kind', ['account', 'section']);
export const disclosureStatus = pgEnum('disclosure_status', ['draft', 'in_review', 'sent_back', 'approved', 'published']);

export const incidents = pgTable('incidents', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  status: incidentStatus('status').notNull().default('watching'),
  risk: incidentRisk('risk').notNull().default('medium'),
  createdBy: uuid('created_by').references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
}, (t) => [index('incidents_status_idx').on(t.status, t.updatedAt.desc())]);

// Platform accounts involved in an incident; their names are what a disclosure must never reveal.
export const incidentParties = pgTable('incident_parties', {
  id: uuid('id').primaryKey().defaultRandom(),
  incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
  accountId: text('account_id').notNull(),
  displayName: text('display_name').notNull().default(''),
  handle: text('handle').notNull().default(''),
  role: partyRole('role').notNull(),
  isMinor: boolean('is_minor').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('incident_parties_account_uq').on(t.incidentId, t.accountId),
  index('incident_parties_account_idx').on(t.accountId),
]);

export const incidentTerms = pgTable('incident_terms', {
  id: uuid('id').primaryKey().defaultRandom(),
  incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
  term: text('term').notNull(),
  language: termLanguage('language').notNull(),
}, (t) => [
  uniqueIndex('incident_terms_uq').on(t.incidentId, sql`lower(${t.term})`),
  index('incident_terms_term_idx').on(sql`lower(${t.term})`),
]);

export const incidentCases = pgTable('incident_cases', {
  incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  linkedBy: uuid('linked_by').references(() => staff.id),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.incidentId, t.caseId] }), index('incident_cases_case_idx').on(t.caseId)]);

// Accounts and sections are platform ids kept as text until their own capabilities give them tables.
export const incidentLinks = pgTable('incident_links', {
  incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
  kind: incidentLinkKind('kind').notNull(),
  ref: text('ref').notNull(),
  linkedBy: uuid('linked_by').references(() => staff.id),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.incidentId, t.kind, t.ref] }), index('incident_links_ref_idx').on(t.kind, t.ref)]);

// Authoritative information (notice III.4): what the platform pins and pushes while it is current.
export const incidentStatements = pgTable('incident_statements', {
  id: uuid('id').primaryKey().defaultRandom(),
  incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
  source: text('source').notNull(),
  text: text('text').notNull(),
  link: text('link'),
  statedAt: timestamp('stated_at', { withTimezone: true }).notNull(),
  publishedBy: uuid('published_by').notNull().references(() => staff.id),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  withdrawnBy: uuid('withdrawn_by').references(() => staff.id),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
}, (t) => [index('incident_statements_current_idx').on(t.incidentId, t.publishedAt.desc()).where(sql`withdrawn_at is null`)]);

export const disclosures = pgTable('disclosures', {
  id: uuid('id').primaryKey().defaultRandom(),
  incidentId: uuid('incident_id').notNull().references(() => incidents.id),
  createdBy: uuid('created_by').notNull().references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('disclosures_incident_idx').on(t.incidentId)]);

// A published version never changes (migration trigger refuses UPDATE and DELETE); a correction is
// the next version, with a note saying what it corrects.
export const disclosureVersions = pgTable('disclosure_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  disclosureId: uuid('disclosure_id').notNull().references(() => disclosures.id),
  version: integer('version').notNull(),
  status: disclosureStatus('status').notNull().default('draft'),
  titleEn: text('title_en').notNull(),
  bodyEn: text('body_en').notNull(),
  titleZh: text('title_zh').notNull(),
  bodyZh: text('body_zh').notNull(),
  // Counts of measures taken, copied from the records when the draft was made.
  measures: jsonb('measures').notNull().$type<Record<string, number>>(),
  correctionNote: text('correction_note'),
  authorId: uuid('author_id').notNull().references(() => staff.id),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  reviewedBy: uuid('reviewed_by').references(() => staff.id),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  reviewComment: text('review_comment'),
  publishedBy: uuid('published_by').references(() => staff.id),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  // When each language's text last changed, and when both were last known to be in step
  // (lib/disclosures/languages.ts): submitting or publishing one language's edit alone asks first.
  enChangedAt: timestamp('en_changed_at', { withTimezone: true }),
  zhChangedAt: timestamp('zh_changed_at', { withTimezone: true }),
  languagesSyncedAt: timestamp('languages_synced_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('disclosure_versions_uq').on(t.disclosureId, t.version),
  index('disclosure_versions_published_idx').on(t.publishedAt.desc()).where(sql`status = 'published'`),
]);

export type Incident = typeof incidents.$inferSelect;
export type IncidentParty = typeof incidentParties.$inferSelect;
export type IncidentTerm = typeof incidentTerms.$inferSelect;
export type IncidentStatement = typeof incidentStatements.$inferSelect;
export type Disclosure = typeof disclosures.$inferSelect;
export type DisclosureVersion = typeof disclosureVersions.$inferSelect;
export type IncidentStatus = (typeof incidentStatus.enumValues)[number];
export type IncidentRisk = (typeof incidentRisk.enumValues)[number];
export type PartyRole = (typeof partyRole.enumValues)[number];
export type DisclosureStatus = (typeof disclosureStatus.enumValues)[number];
