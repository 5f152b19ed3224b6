import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, outbox, prepublicationVideos, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { receivePrepublication } from '@/lib/videos/api';
import { decideVideo } from '@/lib/videos/actions';
import { listVideos } from '@/lib/videos/queries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';
import { insertExample } from '../support/library';

let t: TestDatabase;
let mod: Staff;
let key: string;
beforeAll(async () => {
  t = await createTestDatabase();
  mod = await createStaff(t.db, 'moderator');
  key = (await createTestApiKey(t.db)).key;
  await insertExample(t.db, { text: '你怎么还不去死？大家都讨厌你，你活着就是个笑话。', language: 'zh', verdict: 'violation', categoryId: 'self_harm', status: 'accepted' });
});
afterAll(async () => { await t.drop(); });

let n = 0;
const video = (o: Record<string, unknown> = {}) => ({
  externalId: `vid-${Date.now().toString(36)}-${++n}`, title: 'My day', uploaderAccountId: 'uploader-1', riskReasons: ['insult'], ...o,
});
async function post(body: unknown) {
  const res = await receivePrepublication(new Request('http://test/api/v1/videos/prepublication', {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  }), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `videos-${++req}` }, input);

describe('POST /api/v1/videos/prepublication', () => {
  it('names each bad field', async () => {
    const res = await post({ externalId: '', title: 5, uploaderAccountId: 'u', riskReasons: [], extra: 1 });
    expect(res.status).toBe(400);
    const fields = (res.body.error.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['externalId', 'extra', 'riskReasons', 'title']);
  });

  it('holds a video once: sending it again answers with the first result and stores nothing', async () => {
    const body = video();
    const first = await post(body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ externalId: body.externalId, status: 'held', selfHarm: false });
    const again = await post({ ...body, title: 'changed' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const rows = await t.db.select().from(prepublicationVideos).where(eq(prepublicationVideos.externalId, body.externalId));
    expect(rows).toHaveLength(1);
    expect(rows[0].title).toBe('My day');
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.targetId, first.body.id));
    expect(audits.map((a) => a.action)).toEqual(['video.held']);
  });

  it('puts self-harm first, whether the check or the platform says so', async () => {
    const plain = await post(video());
    const checked = await post(video({ title: '你怎么还不去死？大家都讨厌你，你活着就是个笑话！', riskReasons: ['other'] }));
    const reported = await post(video({ riskReasons: ['suicide'] }));
    expect(checked.body).toMatchObject({ selfHarm: true, categoryId: 'self_harm' });
    expect(reported.body).toMatchObject({ selfHarm: true, categoryId: null });
    const listed = await listVideos(t.db);
    expect(listed.find((v) => v.id === checked.body.id)?.nearestExampleId).toEqual(expect.any(String));
    expect(listed.find((v) => v.id === plain.body.id)?.nearestExampleId).toBeNull();
    const queue = listed.map((v) => v.id);
    expect(queue.indexOf(checked.body.id)).toBeLessThan(queue.indexOf(plain.body.id));
    expect(queue.indexOf(reported.body.id)).toBeLessThan(queue.indexOf(plain.body.id));
  });
});

describe('deciding a held video', () => {
  it('approving writes the outbox message and the audit row; the video leaves the queue and cannot be decided again', async () => {
    const { body } = await post(video());
    const res = await call(decideVideo, mod, { videoId: body.id, decision: 'approved', reason: 'Satire, no target' });
    expect(res).toEqual({ ok: true, data: { id: body.id, status: 'approved' } });
    const [msg] = await t.db.select().from(outbox).where(eq(outbox.key, body.externalId));
    expect(msg).toMatchObject({ topic: 'video.prepublication_decided', payload: { videoId: body.externalId, decision: 'approved', publish: true, reason: 'Satire, no target' } });
    expect((await listVideos(t.db)).some((v) => v.id === body.id)).toBe(false);
    const again = await call(decideVideo, mod, { videoId: body.id, decision: 'rejected', reason: 'changed my mind' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.targetId, body.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['video.approve', 'video.held']);
  });

  it('rejecting tells the platform not to publish; a reason is required', async () => {
    const { body } = await post(video());
    expect(await call(decideVideo, mod, { videoId: body.id, decision: 'rejected', reason: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(decideVideo, mod, { videoId: body.id, decision: 'rejected', reason: 'Mocks a private person' })).toMatchObject({ ok: true });
    const [msg] = await t.db.select().from(outbox).where(eq(outbox.key, body.externalId));
    expect(msg.payload).toMatchObject({ decision: 'rejected', publish: false });
  });
});
