import { sql } from 'drizzle-orm';
import { boolean, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staff } from './staff';

/**
 * Where the outbox is delivered: the platform's webhook receiver. One endpoint is active at a time;
 * replacing it sends every undelivered message to the new one. The secret signs each delivery
 * (HMAC-SHA256) and must be readable to sign, so it is kept as is and shown to the admin once.
 */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  active: boolean('active').notNull().default(true),
  createdBy: uuid('created_by').references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
}, (t) => [uniqueIndex('webhook_endpoints_one_active').on(t.active).where(sql`active`)]);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
