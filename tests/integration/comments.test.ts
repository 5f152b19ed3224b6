import { nearestExamples } from '@/lib/library/nearest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, commentActions, comments, incidentStatements, libraryExamples, outbox, posts, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { actOnComments, pinStatement, undoCommentAction, unpinStatement } from '@/lib/comments/actions';
import { receiveCommentEvents } from '@/lib/comments/api';
import { checkTexts } from '@/lib/library/check-texts';
import { listPosts, loadPostPage } from '@/lib/comments/queries';
import { selectionOf } from '@/lib/comments/selection';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';
import { insertExample } from '../support/library';
import { insertIncident } from '../support/incidents';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let key: string;
const ABUSE = '那个考研失败的女生天天发朋友圈装可怜，真是个废物，活着浪费空气。';
const CRITIQUE = '这部电影剧本烂透了，导演完全不懂历史，浪费了好演员。';
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, sup] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor')];
  key = (await createTestApiKey(t.db)).key;
  await insertExample(t.db, { text: ABUSE, language: 'zh', verdict: 'violation', categoryId: 'insult', status: 'accepted' });
  await insertExample(t.db, { text: CRITIQUE, language: 'zh', verdict: 'not_violation', categoryId: 'derision', status: 'accepted' });
  await insertExample(t.db, { text: '这部电影剧本烂透了，导演是个废物，浪费了好演员。', language: 'zh', verdict: 'violation', categoryId: 'derision', status: 'proposed' });
});
afterAll(async () => { await t.drop(); });

let n = 0;
const uid = () => `${Date.now().toString(36)}-${++n}`;
async function send(body: unknown) {
  const res = await receiveCommentEvents(new Request('http://test/api/v1/comments/events', {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  }), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `comments-${++req}` }, input);
async function ok<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown): Promise<O> {
  const r = await call(action, who, input);
  if (!r.ok) throw new Error(`${action.definition.name}: ${r.error.message}`);
  return r.data;
}

/** A post with comments: two abusive ones with a marker word, one critique, one unrelated. */
async function postWithComments(text = 'my graduation photo') {
  const postId = `post-${uid()}`;
  const c = (commentId: string, body: string) => ({ commentId, authorAccountId: `a-${commentId}`, text: body, createdAt: '2026-03-01T08:00:00Z' });
  const res = await send({ events: [
    { type: 'post_created', postId, authorAccountId: 'author-1', text, createdAt: '2026-03-01T07:00:00Z' },
    { type: 'comments_added', postId, comments: [c('c1', `${ABUSE} 滚出网络`), c('c2', `${ABUSE}！！滚出网络`), c('c3', CRITIQUE), c('c4', 'congratulations 滚出网络 is a meme?'), c('c5', 'lovely photo')] },
  ] });
  expect(res.status).toBe(200);
  const [post] = await t.db.select().from(posts).where(eq(posts.externalId, postId));
  return { post, res: res.body };
}
const statesOf = async (postId: string) => Object.fromEntries((await t.db.select().from(comments).where(eq(comments.postId, postId))).map((c) => [c.externalId, c.state]));

describe('content check', () => {
  it('flags near copies of accepted violation examples with their category, and lets closer critique through', async () => {
    const r = await checkTexts(t.db, [`${ABUSE}!`, `${CRITIQUE}!`, 'hello there friend', '这部电影剧本烂透了，导演是个废物，浪费了好演员。']);
    expect(r.map((x) => [x.flagged, x.categoryId])).toEqual([[true, 'insult'], [false, null], [false, null], [false, null]]);
  });
});

describe('POST /api/v1/comments/events', () => {
  it('stores posts and comments, checks each comment on arrival, and stores nothing twice', async () => {
    const { post, res } = await postWithComments();
    expect(res.comments.map((c: { commentId: string; flagged: boolean; categoryId: string | null }) => [c.commentId, c.flagged, c.categoryId]))
      .toEqual([['c1', true, 'insult'], ['c2', true, 'insult'], ['c3', false, null], ['c4', false, null], ['c5', false, null]]);
    expect(post).toMatchObject({ commentCount: 5, flaggedCount: 2 });
    // Each flagged comment keeps the library example it was found near, shown beside it.
    const stored = Object.fromEntries((await t.db.select().from(comments).where(eq(comments.postId, post.id))).map((c) => [c.externalId, c.nearestExampleId]));
    const [abuse] = await t.db.select().from(libraryExamples).where(eq(libraryExamples.text, ABUSE));
    expect(stored).toMatchObject({ c1: abuse.id, c2: abuse.id, c3: null });
    expect((await nearestExamples(t.db, [abuse.id, null]))[abuse.id]).toMatchObject({ text: ABUSE, verdict: 'violation', categoryId: 'insult', categoryEn: expect.any(String) });
    const again = await send({ events: [{ type: 'comments_added', postId: post.externalId, comments: [{ commentId: 'c1', authorAccountId: 'x', text: 'x', createdAt: '2026-03-01T08:00:00Z' }] }] });
    expect(again.body).toMatchObject({ commentsStored: 0, comments: [{ commentId: 'c1', replayed: true }] });
    const [after] = await t.db.select().from(posts).where(eq(posts.id, post.id));
    expect(after.commentCount).toBe(5);
    expect((await listPosts(t.db))[0].flaggedCount).toBeGreaterThanOrEqual(2);
  });

  it('names the bad fields, and refuses comments on a post never sent', async () => {
    const bad = await send({ events: [{ type: 'comments_added', postId: '', comments: [] }, { type: 'nope' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['events.0.postId', 'events.0.comments', 'events.1.type']));
    const unknown = await send({ events: [{ type: 'comments_added', postId: 'never-sent', comments: [{ commentId: 'x', authorAccountId: 'a', text: 'x', createdAt: '2026-03-01T08:00:00Z' }] }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.errors[0].field).toBe('events.0.postId');
  });
});

describe('bulk actions under a post', () => {
  it('folds by search in one transaction, and undo restores exactly the comments it changed', async () => {
    const { post } = await postWithComments();
    const selection = selectionOf({ q: '滚出网络' });
    const page = (await loadPostPage(t.db, post.id, selection))!;
    expect(page.preview.fold).toBe(3);
    // c4 is removed by hand first: the fold must leave it alone, and undo must not bring it back.
    await t.db.update(comments).set({ state: 'removed' }).where(and(eq(comments.postId, post.id), eq(comments.externalId, 'c4')));
    const stale = await call(actOnComments, mod, { postId: post.id, kind: 'fold', q: '滚出网络', expected: 3, reason: 'pile-on' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await statesOf(post.id)).toEqual({ c1: 'visible', c2: 'visible', c3: 'visible', c4: 'removed', c5: 'visible' });
    expect(await t.db.select().from(commentActions).where(eq(commentActions.postId, post.id))).toHaveLength(0);

    const { actionId, affected } = await ok(actOnComments, mod, { postId: post.id, kind: 'fold', q: '滚出网络', expected: 2, reason: 'pile-on' });
    expect(affected).toBe(2);
    expect(await statesOf(post.id)).toEqual({ c1: 'folded', c2: 'folded', c3: 'visible', c4: 'removed', c5: 'visible' });
    const [folded] = await t.db.select().from(outbox).where(and(eq(outbox.key, post.externalId), eq(outbox.topic, 'comments.folded')));
    expect((folded.payload as { commentIds: string[] }).commentIds.sort()).toEqual(['c1', 'c2']);

    // A later removal by category takes c1 and c2 (folded) further; undoing it puts them back to folded.
    const removal = await ok(actOnComments, mod, { postId: post.id, kind: 'remove', categoryId: 'insult', expected: 2, reason: 'abuse' });
    expect(await ok(undoCommentAction, mod, { actionId: removal.actionId })).toEqual({ restored: 2, skipped: 0 });
    expect(await statesOf(post.id)).toEqual({ c1: 'folded', c2: 'folded', c3: 'visible', c4: 'removed', c5: 'visible' });

    expect(await ok(undoCommentAction, sup, { actionId })).toEqual({ restored: 2, skipped: 0 });
    expect(await statesOf(post.id)).toEqual({ c1: 'visible', c2: 'visible', c3: 'visible', c4: 'removed', c5: 'visible' });
    const restored = await t.db.select().from(outbox).where(and(eq(outbox.key, post.externalId), eq(outbox.topic, 'comments.restored')));
    expect(restored).toHaveLength(2);
    expect(await call(undoCommentAction, sup, { actionId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const audits = (await t.db.select().from(auditLog).where(eq(auditLog.targetId, post.id))).map((a) => a.action).sort();
    expect(audits).toEqual(['comments.fold', 'comments.remove', 'comments.undo', 'comments.undo']);
  });

  it('undo skips a comment a later action changed', async () => {
    const { post } = await postWithComments();
    const fold = await ok(actOnComments, mod, { postId: post.id, kind: 'fold', q: '滚出网络', expected: 3, reason: 'pile-on' });
    await ok(actOnComments, mod, { postId: post.id, kind: 'remove', q: 'meme', expected: 1, reason: 'abuse' });
    expect(await ok(undoCommentAction, mod, { actionId: fold.actionId })).toEqual({ restored: 2, skipped: 1 });
    expect(await statesOf(post.id)).toMatchObject({ c1: 'visible', c2: 'visible', c4: 'removed' });
  });

  it('refuses to act without a category or a search', async () => {
    const { post } = await postWithComments();
    expect(await call(actOnComments, mod, { postId: post.id, kind: 'remove', expected: 5, reason: 'everything' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('pinning an authoritative statement', () => {
  it('pins a current statement of the post\'s incident first, and tells the platform', async () => {
    const { incident, tag } = await insertIncident(t.db);
    const [s] = await t.db.insert(incidentStatements).values({ incidentId: incident.id, source: 'Police', text: 'The rumour is false.', statedAt: new Date(), publishedBy: sup.id }).returning();
    const { post } = await postWithComments(`what happened to Person${tag}?`);
    expect(post.incidentId).toBe(incident.id);
    const page = (await loadPostPage(t.db, post.id, selectionOf({})))!;
    expect(page.statements.map((x) => x.id)).toEqual([s.id]);
    await ok(pinStatement, mod, { postId: post.id, statementId: s.id });
    expect((await loadPostPage(t.db, post.id, selectionOf({})))!.pinned).toMatchObject({ id: s.id, text: 'The rumour is false.' });
    const [msg] = await t.db.select().from(outbox).where(and(eq(outbox.key, post.externalId), eq(outbox.topic, 'post.statement_pinned')));
    expect(msg.payload).toMatchObject({ pinned: true, statement: { id: s.id, text: 'The rumour is false.' } });
    await ok(unpinStatement, mod, { postId: post.id });

    const other = await insertIncident(t.db);
    const [foreign] = await t.db.insert(incidentStatements).values({ incidentId: other.incident.id, source: 'X', text: 'y', statedAt: new Date(), publishedBy: sup.id }).returning();
    expect(await call(pinStatement, mod, { postId: post.id, statementId: foreign.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
