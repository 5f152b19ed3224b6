import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { decisionAction } from './reports';
import { staff } from './staff';

export const standardsStatus = pgEnum('standards_status', ['draft', 'published']);

// One row per version of the classification standards. The draft carries the number it will be
// published under, so decisions and links can name a version by one integer. The
// standards_immutable migration installs triggers refusing any change to a published version.
export const standardsVersions = pgTable('standards_versions', {
  version: integer('version').primaryKey(),
  status: standardsStatus('status').notNull().default('draft'),
  changeNote: text('change_note'),
  createdBy: uuid('created_by').references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  publishedBy: uuid('published_by').references(() => staff.id),
  publishedAt: timestamp('published_at', { withTimezone: true }),
}, (t) => [
  uniqueIndex('standards_one_draft_uq').on(t.status).where(sql`status = 'draft'`),
  check('standards_published_complete', sql`status = 'draft' or (published_at is not null and change_note is not null)`),
]);

// A category as one version describes it. No foreign key to `categories`: a category added in a
// draft only gets its queue row when the draft is published.
export const standardsCategories = pgTable('standards_categories', {
  version: integer('version').notNull().references(() => standardsVersions.version),
  categoryId: text('category_id').notNull(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  definitionEn: text('definition_en').notNull().default(''),
  definitionZh: text('definition_zh').notNull().default(''),
  // One indicator per line.
  indicatorsEn: text('indicators_en').notNull().default(''),
  indicatorsZh: text('indicators_zh').notNull().default(''),
  // What is not cyberviolence: public-opinion oversight and well-meaning criticism, and where the line runs.
  notCyberviolenceEn: text('not_cyberviolence_en').notNull().default(''),
  notCyberviolenceZh: text('not_cyberviolence_zh').notNull().default(''),
  severity: integer('severity').notNull(),
  defaultAction: decisionAction('default_action').notNull(),
  dueMinutes: integer('due_minutes').notNull(),
  retired: boolean('retired').notNull().default(false),
  sortOrder: integer('sort_order').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.version, t.categoryId] }),
  index('standards_categories_category_idx').on(t.categoryId, t.version),
  check('standards_categories_severity', sql`severity between 1 and 4`),
  check('standards_categories_due', sql`due_minutes > 0`),
  check('standards_categories_action', sql`default_action <> 'not_violation'`),
]);

export type StandardsVersion = typeof standardsVersions.$inferSelect;
export type StandardsCategory = typeof standardsCategories.$inferSelect;
export type StandardsStatus = (typeof standardsStatus.enumValues)[number];
