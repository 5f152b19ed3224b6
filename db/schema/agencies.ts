import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staff } from './staff';
import { agencies } from './accounts';
import { incidents } from './incidents';

// What the platform may do to an MCN agency whose accounts hype incidents (notice IV.2).
export const agencyActionType = pgEnum('agency_action_type', ['warning', 'suspend_income', 'restrict_services', 'expel']);
// proposed → active | rejected (four-eyes); active → reversed (by a supervisor, with a reason).
export const agencyActionStatus = pgEnum('agency_action_status', ['proposed', 'rejected', 'active', 'reversed']);

export const agencyActions = pgTable('agency_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  type: agencyActionType('type').notNull(),
  status: agencyActionStatus('status').notNull().default('proposed'),
  reason: text('reason').notNull(),
  // The incident the agency's accounts hyped, when the action answers one; urgent on /approvals while it is hot.
  incidentId: uuid('incident_id').references(() => incidents.id),
  proposedBy: uuid('proposed_by').notNull().references(() => staff.id),
  proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by').references(() => staff.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionReason: text('decision_reason'),
  reversedBy: uuid('reversed_by').references(() => staff.id),
  reversedAt: timestamp('reversed_at', { withTimezone: true }),
  reversalReason: text('reversal_reason'),
}, (t) => [
  index('agency_actions_agency_idx').on(t.agencyId, t.proposedAt.desc()),
  index('agency_actions_proposed_idx').on(t.proposedAt).where(sql`status = 'proposed'`),
  index('agency_actions_incident_idx').on(t.incidentId),
  uniqueIndex('agency_actions_one_proposed_uq').on(t.agencyId, t.type).where(sql`status = 'proposed'`),
]);

export type AgencyAction = typeof agencyActions.$inferSelect;
export type AgencyActionType = (typeof agencyActionType.enumValues)[number];
export type AgencyActionStatus = (typeof agencyActionStatus.enumValues)[number];
