import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, commentActions, comments, incidentStatements, incidents, posts, staff, type Comment, type CommentState, type Post } from '@/db/schema';
import { selectionWhere } from './filter-sql';
import { isActionable, statesActedOn, type Selection } from './selection';

export type PostRow = Post & { incidentTitle: string | null; selfHarm: boolean };

// A visible comment whose category may induce self-harm: such posts go to the top, as in every queue.
const selfHarmVisible = sql<boolean>`exists (select 1 from comments c join categories k on k.id = c.category_id
  where c.post_id = ${posts.id} and k.self_harm and c.state = 'visible')`;

/** Posts whose comment sections need looking at: self-harm first, then most flagged comments. */
export async function listPosts(db: Executor, limit = 100): Promise<PostRow[]> {
  const rows = await db.select({ p: posts, incidentTitle: incidents.title, selfHarm: selfHarmVisible }).from(posts)
    .leftJoin(incidents, eq(incidents.id, posts.incidentId))
    .orderBy(desc(selfHarmVisible), desc(posts.flaggedCount), desc(posts.postedAt), asc(posts.id)).limit(limit);
  return rows.map((r) => ({ ...r.p, incidentTitle: r.incidentTitle, selfHarm: r.selfHarm }));
}

export type CommentRow = Pick<Comment, 'id' | 'externalId' | 'authorAccountId' | 'text' | 'categoryId' | 'state' | 'postedAt' | 'nearestExampleId'> & { selfHarm: boolean };
export type Statement = { id: string; source: string; text: string; link: string | null; statedAt: Date; incidentTitle: string };
export type ActionRow = { id: string; kind: 'fold' | 'remove'; filter: { categoryId?: string | null; q?: string | null }; reason: string; affected: number; actedAt: Date; actedBy: string; undoneAt: Date | null };

const COMMENT_LIMIT = 300;

/**
 * Everything the post page shows: the post, its pinned statement, the comments the selection picks
 * (all of them without one), how many a fold or a removal would change, the current statements of
 * its incident to pin, and its bulk actions (newest first) for undo.
 */
export async function loadPostPage(db: Executor, postId: string, selection: Selection) {
  const [head] = await db.select({ p: posts, incidentTitle: incidents.title }).from(posts)
    .leftJoin(incidents, eq(incidents.id, posts.incidentId)).where(eq(posts.id, postId));
  if (!head) return null;
  const post = { ...head.p, incidentTitle: head.incidentTitle };
  const count = async (states: readonly CommentState[]) => {
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(comments).where(selectionWhere(postId, selection, states));
    return r?.n ?? 0;
  };
  const [list, foldable, removable, statements, pinned, actions, byState] = await Promise.all([
    db.select({
      id: comments.id, externalId: comments.externalId, authorAccountId: comments.authorAccountId, text: comments.text,
      categoryId: comments.categoryId, state: comments.state, postedAt: comments.postedAt, nearestExampleId: comments.nearestExampleId, selfHarm: sql<boolean>`coalesce(${categories.selfHarm}, false)`,
    }).from(comments).leftJoin(categories, eq(categories.id, comments.categoryId))
      .where(selectionWhere(postId, selection))
      // Self-harm first, as in every queue; then flagged; then in the order they were posted.
      .orderBy(sql`coalesce(${categories.selfHarm}, false) desc`, sql`(${comments.categoryId} is null)`, asc(comments.postedAt), asc(comments.id))
      .limit(COMMENT_LIMIT),
    isActionable(selection) ? count(statesActedOn('fold')) : Promise.resolve(0),
    isActionable(selection) ? count(statesActedOn('remove')) : Promise.resolve(0),
    post.incidentId ? currentStatementsOf(db, post.incidentId) : Promise.resolve([]),
    post.pinnedStatementId ? statementById(db, post.pinnedStatementId) : Promise.resolve(null),
    db.select({
      id: commentActions.id, kind: commentActions.kind, filter: commentActions.filter, reason: commentActions.reason, affected: commentActions.affected,
      actedAt: commentActions.actedAt, actedBy: staff.name, undoneAt: commentActions.undoneAt,
    }).from(commentActions).innerJoin(staff, eq(staff.id, commentActions.actedBy))
      .where(eq(commentActions.postId, postId)).orderBy(desc(commentActions.actedAt)).limit(50),
    db.select({ state: comments.state, n: sql<number>`count(*)::int` }).from(comments).where(eq(comments.postId, postId)).groupBy(comments.state),
  ]);
  const states = Object.fromEntries(byState.map((r) => [r.state, r.n])) as Partial<Record<CommentState, number>>;
  return { post, comments: list as CommentRow[], preview: { fold: foldable, remove: removable }, statements, pinned, actions: actions as ActionRow[], states };
}

/** Statements the platform may show now for an incident: not withdrawn, incident not closed. */
export async function currentStatementsOf(db: Executor, incidentId: string): Promise<Statement[]> {
  return db.select({
    id: incidentStatements.id, source: incidentStatements.source, text: incidentStatements.text, link: incidentStatements.link,
    statedAt: incidentStatements.statedAt, incidentTitle: incidents.title,
  }).from(incidentStatements).innerJoin(incidents, eq(incidents.id, incidentStatements.incidentId))
    .where(and(eq(incidentStatements.incidentId, incidentId), isNull(incidentStatements.withdrawnAt), ne(incidents.status, 'closed')))
    .orderBy(desc(incidentStatements.statedAt));
}

async function statementById(db: Executor, id: string): Promise<(Statement & { withdrawn: boolean }) | null> {
  const [row] = await db.select({
    id: incidentStatements.id, source: incidentStatements.source, text: incidentStatements.text, link: incidentStatements.link,
    statedAt: incidentStatements.statedAt, incidentTitle: incidents.title, withdrawnAt: incidentStatements.withdrawnAt,
  }).from(incidentStatements).innerJoin(incidents, eq(incidents.id, incidentStatements.incidentId)).where(eq(incidentStatements.id, id));
  return row ? { ...row, withdrawn: row.withdrawnAt !== null } : null;
}
