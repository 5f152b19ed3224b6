import { and, eq, inArray, sql } from 'drizzle-orm';
import { chunksOf } from '@/db/chunks';
import type { Executor } from '@/db/client';
import { comments, posts } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { checkTexts } from '@/lib/library/check-texts';
import { incidentOf, openIncidentKeys } from './incident-of';
import type { CommentEvents } from './intake-schema';

export type CommentVerdict = { postId: string; commentId: string; flagged: boolean; categoryId: string | null; replayed: boolean };

/**
 * Stores a batch of platform events in order: new posts, then their comments, each comment checked
 * against the case library on arrival. Posts and comments already stored are left as they are
 * (the platform may send a batch again). A comment on a post never sent is refused, naming it.
 */
export async function intakeCommentEvents(tx: Executor, input: CommentEvents, now: Date) {
  const keys = await openIncidentKeys(tx);
  let postsCreated = 0;
  for (const e of input.events) {
    if (e.type !== 'post_created') continue;
    const [row] = await tx.insert(posts).values({
      externalId: e.postId, authorAccountId: e.authorAccountId, text: e.text, postedAt: new Date(e.createdAt), receivedAt: now,
      incidentId: incidentOf(keys, e.authorAccountId, e.text),
    }).onConflictDoNothing().returning({ id: posts.id });
    if (row) postsCreated += 1;
  }
  const added = input.events.flatMap((e, index) => (e.type === 'comments_added' ? [{ e, index }] : []));
  const externalIds = [...new Set(added.map((a) => a.e.postId))];
  const known = externalIds.length ? await tx.select({ id: posts.id, externalId: posts.externalId }).from(posts).where(inArray(posts.externalId, externalIds)) : [];
  const postOf = new Map(known.map((p) => [p.externalId, p.id]));
  const missing = added.filter((a) => !postOf.has(a.e.postId));
  if (missing.length) {
    const fields = Object.fromEntries(missing.map((m) => [`events.${m.index}.postId`, [`Unknown post "${m.e.postId}": send post_created first`]]));
    throw new DomainError('invalid_input', `Invalid input: ${Object.keys(fields).join(', ')}`, fields);
  }

  const items = added.flatMap(({ e }) => e.comments.map((c) => ({ post: e.postId, postId: postOf.get(e.postId)!, ...c })));
  // Only comments not stored before are checked and counted.
  const seen = new Set<string>();
  for (const postId of new Set(items.map((i) => i.postId))) {
    const ids = [...new Set(items.filter((i) => i.postId === postId).map((i) => i.commentId))];
    for (const chunk of chunksOf(ids)) {
      const rows = await tx.select({ externalId: comments.externalId }).from(comments).where(and(eq(comments.postId, postId), inArray(comments.externalId, chunk)));
      for (const r of rows) seen.add(`${postId}\u0000${r.externalId}`);
    }
  }
  // A comment repeated within the batch is stored once (the first time it appears).
  const fresh = items.filter((i) => {
    const k = `${i.postId}\u0000${i.commentId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const checks = await checkTexts(tx, fresh.map((i) => i.text));
  const verdicts = new Map<string, CommentVerdict>();
  if (fresh.length) {
    const rows = fresh.map((i, n) => ({
      postId: i.postId, externalId: i.commentId, authorAccountId: i.authorAccountId, text: i.text, postedAt: new Date(i.createdAt), receivedAt: now,
      categoryId: checks[n].flagged ? checks[n].categoryId : null, checkScore: checks[n].score,
      nearestExampleId: checks[n].flagged ? checks[n].nearestExampleId ?? null : null,
    }));
    for (const chunk of chunksOf(rows)) await tx.insert(comments).values(chunk).onConflictDoNothing();
    const perPost = new Map<string, { total: number; flagged: number }>();
    fresh.forEach((i, n) => {
      const c = perPost.get(i.postId) ?? { total: 0, flagged: 0 };
      perPost.set(i.postId, { total: c.total + 1, flagged: c.flagged + (checks[n].flagged ? 1 : 0) });
      verdicts.set(`${i.postId}\u0000${i.commentId}`, { postId: i.post, commentId: i.commentId, flagged: checks[n].flagged, categoryId: checks[n].categoryId, replayed: false });
    });
    for (const [postId, c] of perPost) {
      await tx.update(posts).set({ commentCount: sql`${posts.commentCount} + ${c.total}`, flaggedCount: sql`${posts.flaggedCount} + ${c.flagged}` }).where(eq(posts.id, postId));
    }
  }
  const results = items.map((i) => verdicts.get(`${i.postId}\u0000${i.commentId}`) ?? { postId: i.post, commentId: i.commentId, flagged: false, categoryId: null, replayed: true });
  return { postsCreated, commentsStored: fresh.length, flagged: fresh.filter((_, n) => checks[n].flagged).length, comments: results };
}
