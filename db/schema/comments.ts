import { index, integer, jsonb, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { libraryExamples } from './library';
import { incidentStatements, incidents } from './incidents';
import { staff } from './staff';

export const commentState = pgEnum('comment_state', ['visible', 'folded', 'removed']);
export const commentActionKind = pgEnum('comment_action_kind', ['fold', 'remove']);

// A platform post whose comment section staff look after (notice III.1).
export const posts = pgTable('posts', {
  id: uuid('id').primaryKey().defaultRandom(),
  externalId: text('external_id').notNull(),
  authorAccountId: text('author_account_id').notNull(),
  text: text('text').notNull().default(''),
  // The incident the post is about (its text names one, or its author is a party), if any.
  incidentId: uuid('incident_id').references(() => incidents.id),
  pinnedStatementId: uuid('pinned_statement_id').references(() => incidentStatements.id),
  pinnedBy: uuid('pinned_by').references(() => staff.id),
  pinnedAt: timestamp('pinned_at', { withTimezone: true }),
  // Kept up to date on arrival so the posts index can sort by it without counting every comment.
  commentCount: integer('comment_count').notNull().default(0),
  flaggedCount: integer('flagged_count').notNull().default(0),
  postedAt: timestamp('posted_at', { withTimezone: true }).notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('posts_external_uq').on(t.externalId),
  index('posts_flagged_idx').on(t.flaggedCount.desc(), t.postedAt.desc()),
]);

export const comments = pgTable('comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
  externalId: text('external_id').notNull(),
  authorAccountId: text('author_account_id').notNull(),
  text: text('text').notNull(),
  // From the content check on arrival; null when no violation example was close enough.
  categoryId: text('category_id').references(() => categories.id),
  checkScore: real('check_score'),
  // The nearest accepted library example of a flagged comment: what a moderator reads as the explanation.
  nearestExampleId: uuid('nearest_example_id').references(() => libraryExamples.id, { onDelete: 'set null' }),
  state: commentState('state').notNull().default('visible'),
  // The bulk action that last changed the state; undo only touches comments still carrying it.
  stateActionId: uuid('state_action_id'),
  postedAt: timestamp('posted_at', { withTimezone: true }).notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('comments_external_uq').on(t.postId, t.externalId),
  index('comments_post_idx').on(t.postId, t.postedAt),
  index('comments_text_trgm_idx').using('gin', t.text.op('gin_trgm_ops')),
]);

export type CommentFilter = { categoryId?: string | null; q?: string | null; state?: 'visible' | 'folded' | 'removed' | null };

// One bulk fold or removal: what selected the comments, and (in comment_action_items) exactly which
// comments it changed and their state before, so undo can put back exactly those.
export const commentActions = pgTable('comment_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
  kind: commentActionKind('kind').notNull(),
  filter: jsonb('filter').$type<CommentFilter>().notNull(),
  reason: text('reason').notNull(),
  affected: integer('affected').notNull(),
  actedBy: uuid('acted_by').notNull().references(() => staff.id),
  actedAt: timestamp('acted_at', { withTimezone: true }).notNull().defaultNow(),
  undoneBy: uuid('undone_by').references(() => staff.id),
  undoneAt: timestamp('undone_at', { withTimezone: true }),
}, (t) => [index('comment_actions_post_idx').on(t.postId, t.actedAt.desc())]);

export const commentActionItems = pgTable('comment_action_items', {
  actionId: uuid('action_id').notNull().references(() => commentActions.id, { onDelete: 'cascade' }),
  commentId: uuid('comment_id').notNull().references(() => comments.id, { onDelete: 'cascade' }),
  stateBefore: commentState('state_before').notNull(),
}, (t) => [primaryKey({ columns: [t.actionId, t.commentId] })]);

export type Post = typeof posts.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type CommentAction = typeof commentActions.$inferSelect;
export type CommentState = (typeof commentState.enumValues)[number];
export type CommentActionKind = (typeof commentActionKind.enumValues)[number];
