import { integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from './staff';

/** Settings that hold for the whole organisation: a single row (id 1). */
export const organisationSettings = pgTable('organisation_settings', {
  id: smallint('id').primaryKey().default(1),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  updatedBy: uuid('updated_by').references(() => staff.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Texts the platform shows an account, per kind and language; each edit is a new version. */
export const messageTemplates = pgTable('message_templates', {
  kind: text('kind').notNull(),
  locale: text('locale').notNull(),
  version: integer('version').notNull(),
  body: text('body').notNull(),
  createdBy: uuid('created_by').notNull().references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.kind, t.locale, t.version] })]);

export type MessageTemplateRow = typeof messageTemplates.$inferSelect;
