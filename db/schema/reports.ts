import { sql } from 'drizzle-orm';
import {
  bigint, boolean, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { staff } from './staff';
import { apiKeys } from './api-keys';

export const channel = pgEnum('channel', [
  'post', 'comment', 'private_message', 'livestream', 'short_video', 'bullet_comment', 'topic', 'group', 'account',
]);
export const caseStatus = pgEnum('case_status', ['open', 'escalated', 'decided']);
export const decisionAction = pgEnum('decision_action', ['not_violation', 'fold', 'remove', 'warn', 'escalate']);
export const dismissalReason = pgEnum('dismissal_reason', ['legitimate_criticism', 'insufficient_evidence', 'duplicate']);

// One case per reported subject while it is undecided; every report on that subject joins it.
export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  subjectKey: text('subject_key').notNull(),
  channel: channel('channel').notNull(),
  categoryId: text('category_id').references(() => categories.id),
  subjectAccountId: text('subject_account_id').notNull(),
  subjectContentId: text('subject_content_id'),
  targetAccountId: text('target_account_id'),
  involvesMinor: boolean('involves_minor').notNull().default(false),
  selfHarm: boolean('self_harm').notNull().default(false),
  severity: integer('severity').notNull(),
  reportCount: integer('report_count').notNull().default(0),
  reporterCount: integer('reporter_count').notNull().default(0),
  // Sort key computed by lib/reports/priority.ts: minors, then self-harm, then risk.
  priority: bigint('priority', { mode: 'number' }).notNull(),
  status: caseStatus('status').notNull().default('open'),
  dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
  claimedBy: uuid('claimed_by').references(() => staff.id),
  leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
  // Assigned by a supervisor or colleague (bulk assign): not a lease, it does not expire (migration 0027).
  assignedTo: uuid('assigned_to').references(() => staff.id),
  assignedAt: timestamp('assigned_at', { withTimezone: true }),
  firstEvidenceId: uuid('first_evidence_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  firstActionAt: timestamp('first_action_at', { withTimezone: true }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decidedBy: uuid('decided_by').references(() => staff.id),
  decision: decisionAction('decision'),
  // The risk score (0–100) and each factor's contribution, from lib/model/risk.ts (notice I.2).
  riskScore: real('risk_score'),
  riskFactors: jsonb('risk_factors').$type<import('@/lib/model/risk').RiskFactorContribution[]>(),
  // "<model version>:<standards version>" the score was computed with (lib/model/risk-refresh.ts basisOf).
  riskBasis: text('risk_basis'),
}, (t) => [
  uniqueIndex('cases_open_subject_uq').on(t.subjectKey).where(sql`status <> 'decided'`),
  // Claim-next and the queue page walk these in order; claimed rows drop out of the partial index.
  index('cases_claimable_idx').on(t.status, t.priority.desc(), t.createdAt, t.id).where(sql`claimed_by is null and status <> 'decided'`),
  index('cases_queue_idx').on(t.status, t.priority.desc(), t.createdAt, t.id),
  // Not partial: claim-next finds expired leases by `lease_expires_at < now()` alone, so that this is
  // the only index the planner can use for them (with claimed_by in the query it sometimes walked
  // cases_claimed_by_idx over every live lease instead).
  index('cases_lease_idx').on(t.leaseExpiresAt),
  // One undecided case per moderator (migration 0029), and "which case do I hold?" on every claim.
  uniqueIndex('cases_held_by_uq').on(t.claimedBy).where(sql`claimed_by is not null and status <> 'decided'`),
  index('cases_assigned_to_idx').on(t.assignedTo).where(sql`assigned_to is not null`),
  index('cases_due_idx').on(t.dueAt).where(sql`status <> 'decided'`),
  index('cases_subject_account_idx').on(t.subjectAccountId, t.createdAt.desc()),
  index('cases_target_account_idx').on(t.targetAccountId, t.createdAt.desc()),
]);

// Immutable copy of what was reported, with the SHA-256 of its canonical JSON.
export const evidenceSnapshots = pgTable('evidence_snapshots', {
  id: uuid('id').primaryKey().defaultRandom(),
  content: jsonb('content').notNull(),
  sha256: text('sha256').notNull(),
  capturedAt: timestamp('captured_at', { withTimezone: true }).notNull().defaultNow(),
});

export const reports = pgTable('reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  externalId: text('external_id').notNull().unique(),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  channel: channel('channel').notNull(),
  categoryId: text('category_id').references(() => categories.id),
  reporterAccountId: text('reporter_account_id').notNull(),
  reporterIsMinor: boolean('reporter_is_minor').notNull().default(false),
  targetAccountId: text('target_account_id'),
  targetIsMinor: boolean('target_is_minor').notNull().default(false),
  subjectAccountId: text('subject_account_id').notNull(),
  subjectContentId: text('subject_content_id'),
  description: text('description'),
  evidenceId: uuid('evidence_id').notNull().references(() => evidenceSnapshots.id),
  apiKeyId: uuid('api_key_id').references(() => apiKeys.id),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('reports_case_idx').on(t.caseId),
  index('reports_reporter_idx').on(t.reporterAccountId),
]);

export const decisions = pgTable('decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  decidedBy: uuid('decided_by').notNull().references(() => staff.id),
  action: decisionAction('action').notNull(),
  reason: dismissalReason('reason'),
  categoryId: text('category_id').references(() => categories.id),
  note: text('note'),
  standardsVersion: integer('standards_version'),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  // What the case was before this decision, so that undoing it puts the case back exactly (0032).
  previousStatus: caseStatus('previous_status'),
  previousCategoryId: text('previous_category_id'),
  previousFirstActionAt: timestamp('previous_first_action_at', { withTimezone: true }),
  /** The warning a "warn" decision gave (references sanctions; declared in SQL to avoid an import cycle). */
  warningSanctionId: uuid('warning_sanction_id'),
  // Undone by its decider within the window ('undo') or by a supervisor with a reason ('reversal').
  undoneAt: timestamp('undone_at', { withTimezone: true }),
  undoneBy: uuid('undone_by').references(() => staff.id),
  undoKind: text('undo_kind').$type<'undo' | 'reversal'>(),
  undoReason: text('undo_reason'),
}, (t) => [index('decisions_case_idx').on(t.caseId), index('decisions_staff_idx').on(t.decidedBy, t.decidedAt)]);

export type Case = typeof cases.$inferSelect;
export type Report = typeof reports.$inferSelect;
export type Decision = typeof decisions.$inferSelect;
export type Channel = (typeof channel.enumValues)[number];
export type CaseStatus = (typeof caseStatus.enumValues)[number];
export type DecisionAction = (typeof decisionAction.enumValues)[number];
export type DismissalReason = (typeof dismissalReason.enumValues)[number];

// Kept for the metadata: jsonb content is { text, context, channel, accountId, contentId, createdAt, media? }.
export type EvidenceContent = {
  channel: string; accountId: string; contentId: string | null; text: string; context: string[]; createdAt: string;
  media?: import('@/lib/media/schema').MediaItem[];
};
