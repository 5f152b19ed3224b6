'use server';

import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { commentActionItems, commentActions, comments, incidentStatements, incidents, posts } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { int4 } from '@/lib/validation/storable';
import { DomainError } from '@/lib/actions/result';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import { selectionWhere } from './filter-sql';
import { isActionable, selectionOf, stateAfter, statesActedOn, storedFilter, topicOf, undoPlan } from './selection';

const reason = z.string().trim().min(3, 'Give a reason of at least 3 characters.').max(2000);

/**
 * Folds or removes, in one transaction, every comment under the post that the filter selects. The
 * action and exactly which comments it changed (with their state before) are recorded for undo.
 * `expected` is the count the preview showed: if comments arrived or changed since, nothing happens
 * and the moderator previews again, so what was acted on is what was seen.
 */
export const actOnComments = defineAction({
  name: 'comments.bulk',
  permission: 'comment.moderate',
  input: z.object({
    postId: z.uuid(),
    kind: z.enum(['fold', 'remove']),
    categoryId: z.string().max(64).nullish(),
    q: z.string().max(200).nullish(),
    expected: int4('expected', { min: 0 }),
    reason,
  }),
  async run({ tx, input, staff, audit }) {
    const selection = selectionOf({ category: input.categoryId, q: input.q });
    if (!isActionable(selection)) throw new DomainError('invalid_input', 'Invalid input: choose a category or a search.', { q: ['Choose a category or a search.'] });
    const [post] = await tx.select().from(posts).where(eq(posts.id, input.postId)).for('update');
    if (!post) throw new DomainError('not_found', 'There is no such post.');
    const picked = await tx.select({ id: comments.id, externalId: comments.externalId, state: comments.state })
      .from(comments).where(selectionWhere(post.id, selection, statesActedOn(input.kind))).for('update');
    if (picked.length !== input.expected) {
      throw new DomainError('conflict', `The selection changed since the preview: it now holds ${picked.length} comments. Preview again.`);
    }
    if (!picked.length) throw new DomainError('conflict', 'No comments match: nothing to do.');
    const [action] = await tx.insert(commentActions).values({
      postId: post.id, kind: input.kind, filter: storedFilter(selection), reason: input.reason, affected: picked.length, actedBy: staff.id,
    }).returning();
    await tx.insert(commentActionItems).values(picked.map((c) => ({ actionId: action.id, commentId: c.id, stateBefore: c.state })));
    await tx.update(comments).set({ state: stateAfter(input.kind), stateActionId: action.id }).where(inArray(comments.id, picked.map((c) => c.id)));
    await enqueueOutbox(tx, topicOf(input.kind), post.externalId, { postId: post.externalId, commentIds: picked.map((c) => c.externalId), actionId: action.id, reason: input.reason });
    audit({ action: `comments.${input.kind}`, targetType: 'post', targetId: post.id, after: { actionId: action.id, filter: storedFilter(selection), affected: picked.length, reason: input.reason } });
    return { actionId: action.id, affected: picked.length };
  },
});

/** Undoes a bulk action: exactly the comments it changed that no later action has changed since. */
export const undoCommentAction = defineAction({
  name: 'comments.undo',
  permission: 'comment.moderate',
  input: z.object({ actionId: z.uuid() }),
  async run({ tx, input, staff, audit }) {
    const [action] = await tx.update(commentActions).set({ undoneAt: sql`now()`, undoneBy: staff.id })
      .where(and(eq(commentActions.id, input.actionId), isNull(commentActions.undoneAt))).returning();
    if (!action) throw new DomainError('conflict', 'This action does not exist or was already undone.');
    const items = await tx.select({ commentId: commentActionItems.commentId, stateBefore: commentActionItems.stateBefore })
      .from(commentActionItems).where(eq(commentActionItems.actionId, action.id));
    const current = items.length ? await tx.select({ id: comments.id, state: comments.state, stateActionId: comments.stateActionId, externalId: comments.externalId })
      .from(comments).where(inArray(comments.id, items.map((i) => i.commentId))).for('update') : [];
    const plan = undoPlan(action.id, items, current);
    for (const state of ['visible', 'folded'] as const) {
      const ids = plan.filter((p) => p.stateBefore === state).map((p) => p.commentId);
      if (!ids.length) continue;
      // The comment goes back to the action before this one (if any is still in force), so that one can be undone in turn.
      await tx.update(comments).set({
        state,
        stateActionId: sql`(select i.action_id from comment_action_items i join comment_actions a on a.id = i.action_id
          where i.comment_id = "comments"."id" and a.id <> ${action.id} and a.undone_at is null order by a.acted_at desc limit 1)`,
      }).where(inArray(comments.id, ids));
    }
    const [post] = await tx.select({ externalId: posts.externalId }).from(posts).where(eq(posts.id, action.postId));
    const restored = current.filter((c) => plan.some((p) => p.commentId === c.id));
    const states = Object.fromEntries(plan.map((p) => [current.find((c) => c.id === p.commentId)!.externalId, p.stateBefore]));
    if (restored.length) await enqueueOutbox(tx, topicOf('restore'), post.externalId, { postId: post.externalId, commentIds: restored.map((c) => c.externalId), states, undoes: action.id });
    audit({ action: 'comments.undo', targetType: 'post', targetId: action.postId, before: { actionId: action.id, kind: action.kind }, after: { restored: restored.length, skipped: items.length - restored.length } });
    return { restored: restored.length, skipped: items.length - restored.length };
  },
});

/** Pins a current statement of the post's incident above its comments (notice III.4 on III.1). */
export const pinStatement = defineAction({
  name: 'post.pinStatement',
  permission: 'comment.moderate',
  input: z.object({ postId: z.uuid(), statementId: z.uuid() }),
  async run({ tx, input, staff, audit }) {
    const [post] = await tx.select().from(posts).where(eq(posts.id, input.postId)).for('update');
    if (!post) throw new DomainError('not_found', 'There is no such post.');
    const [statement] = await tx.select({ s: incidentStatements }).from(incidentStatements)
      .innerJoin(incidents, eq(incidents.id, incidentStatements.incidentId))
      .where(and(eq(incidentStatements.id, input.statementId), isNull(incidentStatements.withdrawnAt), ne(incidents.status, 'closed')));
    if (!statement) throw new DomainError('not_found', 'That statement is withdrawn or its incident is closed.');
    if (statement.s.incidentId !== post.incidentId) throw new DomainError('forbidden', 'Pin a statement of the incident this post is about.');
    await tx.update(posts).set({ pinnedStatementId: statement.s.id, pinnedBy: staff.id, pinnedAt: sql`now()` }).where(eq(posts.id, post.id));
    const s = statement.s;
    await enqueueOutbox(tx, 'post.statement_pinned', post.externalId, {
      postId: post.externalId, pinned: true, statement: { id: s.id, source: s.source, text: s.text, link: s.link, statedAt: s.statedAt.toISOString() },
    });
    audit({ action: 'post.pinStatement', targetType: 'post', targetId: post.id, before: { statementId: post.pinnedStatementId }, after: { statementId: s.id } });
    return { statementId: s.id };
  },
});

export const unpinStatement = defineAction({
  name: 'post.unpinStatement',
  permission: 'comment.moderate',
  input: z.object({ postId: z.uuid() }),
  async run({ tx, input, audit }) {
    const [before] = await tx.select().from(posts).where(eq(posts.id, input.postId)).for('update');
    if (!before?.pinnedStatementId) throw new DomainError('conflict', 'Nothing is pinned on this post.');
    await tx.update(posts).set({ pinnedStatementId: null, pinnedBy: null, pinnedAt: null }).where(eq(posts.id, before.id));
    await enqueueOutbox(tx, 'post.statement_pinned', before.externalId, { postId: before.externalId, pinned: false, statement: null });
    audit({ action: 'post.unpinStatement', targetType: 'post', targetId: before.id, before: { statementId: before.pinnedStatementId } });
    return { postId: before.id };
  },
});

