import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Messages for the platform, written in the same transaction as the change they announce and
// delivered at least once by a worker.
export const outbox = pgTable('outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  topic: text('topic').notNull(),
  key: text('key'),
  payload: jsonb('payload').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  // Why the last attempt failed (HTTP status or network error), for the admin's delivery page.
  lastError: text('last_error'),
}, (t) => [index('outbox_pending_idx').on(t.nextAttemptAt).where(sql`delivered_at is null`)]);
