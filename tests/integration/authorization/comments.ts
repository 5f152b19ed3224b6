import type { Database } from '@/db/client';
import { commentActionItems, commentActions, comments, incidentStatements, posts } from '@/db/schema';
import { createStaff } from '../../support/staff';
import { insertIncident } from '../../support/incidents';
import type { Fixtures } from './types';

type Db = Database['db'];
let n = 0;

// Each call makes its own post, so one role's success never changes what the next finds.
async function postWithComment(db: Db, opts: { incidentId?: string; state?: 'visible' | 'folded' } = {}) {
  n += 1;
  const [post] = await db.insert(posts).values({ externalId: `authz-post-${Date.now()}-${n}`, authorAccountId: 'a', postedAt: new Date(), incidentId: opts.incidentId ?? null }).returning();
  const [comment] = await db.insert(comments).values({ postId: post.id, externalId: 'c1', authorAccountId: 'b', text: 'authz marker', postedAt: new Date(), state: opts.state ?? 'visible' }).returning();
  return { post, comment };
}

export const fixtures: Fixtures = {
  actions: {
    'comments.bulk': async ({ db }) => ({ postId: (await postWithComment(db)).post.id, kind: 'fold', q: 'marker', expected: 1, reason: 'authz check' }),
    'comments.undo': async ({ db }) => {
      const { post, comment } = await postWithComment(db, { state: 'folded' });
      const actor = await createStaff(db, 'moderator');
      const [action] = await db.insert(commentActions).values({ postId: post.id, kind: 'fold', filter: { q: 'marker' }, reason: 'x', affected: 1, actedBy: actor.id }).returning();
      await db.insert(commentActionItems).values({ actionId: action.id, commentId: comment.id, stateBefore: 'visible' });
      return { actionId: action.id };
    },
    'post.pinStatement': async ({ db }) => {
      const { incident } = await insertIncident(db);
      const publisher = await createStaff(db, 'supervisor');
      const [s] = await db.insert(incidentStatements).values({ incidentId: incident.id, source: 'Police', text: 'x', statedAt: new Date(), publishedBy: publisher.id }).returning();
      return { postId: (await postWithComment(db, { incidentId: incident.id })).post.id, statementId: s.id };
    },
    'post.unpinStatement': async ({ db }) => {
      const { incident } = await insertIncident(db);
      const publisher = await createStaff(db, 'supervisor');
      const [s] = await db.insert(incidentStatements).values({ incidentId: incident.id, source: 'Police', text: 'x', statedAt: new Date(), publishedBy: publisher.id }).returning();
      const { post } = await postWithComment(db, { incidentId: incident.id });
      const { eq } = await import('drizzle-orm');
      await db.update(posts).set({ pinnedStatementId: s.id }).where(eq(posts.id, post.id));
      return { postId: post.id };
    },
  },
  routes: {
    'POST /api/v1/comments/events': async () => ({ body: { events: [{ type: 'post_created', postId: `authz-route-post-${Date.now()}-${++n}`, authorAccountId: 'a', text: 't', createdAt: '2026-03-01T08:00:00Z' }] } }),
  },
};
