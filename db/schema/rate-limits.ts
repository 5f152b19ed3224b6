import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Fixed-window counters for rate limits, one row per key and window (lib/rate-limit/window.ts).
 * Rows of past windows are only history; the worker may delete them.
 */
export const rateLimitWindows = pgTable('rate_limit_windows', {
  key: text('key').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
}, (t) => [
  primaryKey({ columns: [t.key, t.windowStart] }),
  index('rate_limit_windows_start_idx').on(t.windowStart),
]);
