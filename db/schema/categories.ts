import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';

// The classification categories the queue needs: severity and due time. The versioned standards
// (definitions, indicators, "not cyberviolence") build on these rows.
export const categories = pgTable('categories', {
  id: text('id').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  severity: integer('severity').notNull(),
  dueMinutes: integer('due_minutes').notNull(),
  // Content that may induce self-harm or suicide jumps the queue right after minors.
  selfHarm: boolean('self_harm').notNull().default(false),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
});

export type Category = typeof categories.$inferSelect;
