import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Append-only: migration 0001 installs triggers that refuse UPDATE, DELETE and TRUNCATE.
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorType: text('actor_type', { enum: ['staff', 'api_key', 'system'] }).notNull(),
  actorId: text('actor_id'),
  actorLabel: text('actor_label'),
  action: text('action').notNull(),
  targetType: text('target_type'),
  targetId: text('target_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  requestId: text('request_id').notNull(),
}, (t) => [
  index('audit_log_at_idx').on(t.at.desc(), t.id.desc()),
  index('audit_log_actor_idx').on(t.actorId, t.at.desc()),
  index('audit_log_target_idx').on(t.targetType, t.targetId),
  index('audit_log_action_idx').on(t.action, t.at.desc()),
]);

export type AuditEntry = typeof auditLog.$inferSelect;
