import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { cases, channel } from './reports';
import { staff } from './staff';

export const exampleVerdict = pgEnum('example_verdict', ['violation', 'not_violation']);
export const exampleStatus = pgEnum('example_status', ['proposed', 'accepted', 'retired']);
export const exampleLanguage = pgEnum('example_language', ['zh', 'en', 'mixed']);

/** A span of the original text replaced before saving; kept so reviewers see what was hidden, never the words. */
export type Redaction = { start: number; end: number };

// The case library (notice I.1): decided content kept as a worked example, on either side of the line.
export const libraryExamples = pgTable('library_examples', {
  id: uuid('id').primaryKey().defaultRandom(),
  text: text('text').notNull(),
  context: text('context').notNull().default(''),
  // Imported examples come without one.
  channel: channel('channel'),
  language: exampleLanguage('language').notNull(),
  categoryId: text('category_id').references(() => categories.id),
  verdict: exampleVerdict('verdict').notNull(),
  rationale: text('rationale').notNull().default(''),
  tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
  sourceCaseId: uuid('source_case_id').references(() => cases.id),
  status: exampleStatus('status').notNull().default('proposed'),
  proposedBy: uuid('proposed_by').references(() => staff.id),
  reviewedBy: uuid('reviewed_by').references(() => staff.id),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  redactions: jsonb('redactions').$type<Redaction[]>().notNull().default(sql`'[]'::jsonb`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  // Substring search in Chinese and English without word splitting: ILIKE and similarity both use it.
  index('library_examples_text_trgm_idx').using('gin', t.text.op('gin_trgm_ops')),
  index('library_examples_tags_idx').using('gin', t.tags),
  // Keyset pages walk (status, created_at desc, id desc); the filters narrow within a status.
  index('library_examples_page_idx').on(t.status, t.createdAt.desc(), t.id.desc()),
  index('library_examples_category_idx').on(t.categoryId, t.status),
  index('library_examples_verdict_idx').on(t.verdict, t.status),
  index('library_examples_channel_idx').on(t.channel, t.status),
  index('library_examples_language_idx').on(t.language, t.status),
  index('library_examples_source_case_idx').on(t.sourceCaseId),
  uniqueIndex('library_examples_one_per_case_uq').on(t.sourceCaseId).where(sql`source_case_id is not null and status <> 'retired'`),
]);

export type LibraryExample = typeof libraryExamples.$inferSelect;
export type ExampleVerdict = (typeof exampleVerdict.enumValues)[number];
export type ExampleStatus = (typeof exampleStatus.enumValues)[number];
export type ExampleLanguage = (typeof exampleLanguage.enumValues)[number];
