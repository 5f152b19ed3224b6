import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { cases } from './reports';
import { staff } from './staff';

// Internal notes: staff-only, append-only (a trigger refuses updates and deletes, migration 0032).
export const caseNotes = pgTable('case_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  body: text('body').notNull(),
  authorId: uuid('author_id').notNull().references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('case_notes_case_idx').on(t.caseId, t.createdAt)]);

export const accountNotes = pgTable('account_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  body: text('body').notNull(),
  authorId: uuid('author_id').notNull().references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('account_notes_account_idx').on(t.accountId, t.createdAt)]);
