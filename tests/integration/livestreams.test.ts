import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, hostBans, liveRooms, outbox, sections, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { pendingApprovals } from '@/lib/approvals/sources';
import { incidentMeasures } from '@/lib/incidents/measures';
import { decideHostBan, proposeHostBan, stopRoom } from '@/lib/livestreams/actions';
import { receiveLivestreamEvents } from '@/lib/livestreams/api';
import { MAX_SAMPLES } from '@/lib/livestreams/samples';
import { listRooms, loadRoom } from '@/lib/livestreams/queries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';
import { insertExample } from '../support/library';
import { insertIncident } from '../support/incidents';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let sup2: Staff;
let key: string;
const ABUSE = '这个女主播长得像猪，说话像狗叫，谁给她刷礼物谁就是傻子。';
const SELF_HARM = '你怎么还不去死？大家都讨厌你，你活着就是个笑话。';
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, sup, sup2] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor')];
  key = (await createTestApiKey(t.db)).key;
  await insertExample(t.db, { text: ABUSE, language: 'zh', verdict: 'violation', categoryId: 'insult', status: 'accepted' });
  await insertExample(t.db, { text: SELF_HARM, language: 'zh', verdict: 'violation', categoryId: 'self_harm', status: 'accepted' });
});
afterAll(async () => { await t.drop(); });

let n = 0;
const uid = () => `${Date.now().toString(36)}-${++n}`;
async function send(events: unknown[]) {
  const res = await receiveLivestreamEvents(new Request('http://test/api/v1/livestreams/events', {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ events }),
  }), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `live-${++req}` }, input);
async function openRoom(host = `host-${uid()}`, name = 'evening chat') {
  const roomId = `room-${uid()}`;
  const res = await send([{ type: 'room_opened', roomId, hostAccountId: host, name }]);
  expect(res.status).toBe(200);
  const [section] = await t.db.select().from(sections).where(eq(sections.externalId, roomId));
  return { roomId, sectionId: section.id };
}
const bullet = (bulletId: string, text: string) => ({ bulletId, accountId: `viewer-${bulletId}`, text });

describe('POST /api/v1/livestreams/events', () => {
  it('opens a room as a live_room section once, tracks viewers, and ends it', async () => {
    const { roomId, sectionId } = await openRoom();
    const [section] = await t.db.select().from(sections).where(eq(sections.id, sectionId));
    expect(section.kind).toBe('live_room');
    const again = await send([{ type: 'room_opened', roomId, hostAccountId: 'x', name: 'y' }, { type: 'viewers', roomId, viewers: 120 }, { type: 'viewers', roomId, viewers: 80 }]);
    expect(again.body.results[0]).toMatchObject({ created: false, status: 'live' });
    const [room] = await t.db.select().from(liveRooms).where(eq(liveRooms.sectionId, sectionId));
    expect(room).toMatchObject({ viewers: 80, peakViewers: 120, status: 'live' });
    const [viewersAudit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'livestream.viewers'));
    expect(viewersAudit.after).toMatchObject({ viewers: { [roomId]: 80 } });
    await send([{ type: 'room_ended', roomId }]);
    expect((await loadRoom(t.db, sectionId))!.room.status).toBe('ended');
  });

  it('checks bullet comments: tells the platform which to intercept, counts them and keeps bounded samples', async () => {
    const { roomId, sectionId } = await openRoom();
    const res = await send([{ type: 'bullet_comments', roomId, comments: [bullet('b1', `${ABUSE}!`), bullet('b2', 'hello everyone'), bullet('b3', `${ABUSE}！！`)] }]);
    expect(res.body.results[0]).toMatchObject({ intercept: ['b1', 'b3'], intercepted: 2 });
    let [room] = await t.db.select().from(liveRooms).where(eq(liveRooms.sectionId, sectionId));
    expect(room).toMatchObject({ bulletComments: 3, intercepted: 2, selfHarm: false });
    expect(room.samples.map((s) => s.text)).toEqual([`${ABUSE}！！`, `${ABUSE}!`]);
    expect(room.samples.every((s) => typeof s.nearestExampleId === 'string')).toBe(true);

    // The same batch sent again: the same answer, nothing counted twice.
    const replay = await send([{ type: 'bullet_comments', roomId, comments: [bullet('b1', `${ABUSE}!`), bullet('b2', 'hello everyone'), bullet('b3', `${ABUSE}！！`)] }]);
    expect(replay.body.results[0]).toMatchObject({ intercept: ['b1', 'b3'], intercepted: 2 });
    [room] = await t.db.select().from(liveRooms).where(eq(liveRooms.sectionId, sectionId));
    expect(room).toMatchObject({ intercepted: 2 });
    expect(room.samples).toHaveLength(2);

    const many = Array.from({ length: MAX_SAMPLES + 5 }, (_, i) => bullet(`m${i}`, `${ABUSE} ${i}`));
    await send([{ type: 'bullet_comments', roomId, comments: [...many, bullet('sh', `${SELF_HARM}`)] }]);
    [room] = await t.db.select().from(liveRooms).where(eq(liveRooms.sectionId, sectionId));
    expect(room.intercepted).toBe(2 + MAX_SAMPLES + 6);
    expect(room.samples).toHaveLength(MAX_SAMPLES);
    expect(room.samples[0]).toMatchObject({ text: SELF_HARM, categoryId: 'self_harm' });
    expect(room.selfHarm).toBe(true);
    // Self-harm rooms go to the top of the list.
    await openRoom();
    expect((await listRooms(t.db, { status: 'live' }))[0].sectionId).toBe(sectionId);
  });

  it('names bad fields and unknown rooms', async () => {
    const bad = await send([{ type: 'viewers', roomId: 'x', viewers: -1 }, { type: 'bullet_comments', roomId: 'x', comments: [] }]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.errors.map((e: { field: string }) => e.field)).toEqual(['events.0.viewers', 'events.1.comments']);
    const unknown = await send([{ type: 'viewers', roomId: 'never-opened', viewers: 1 }]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.errors[0].field).toBe('events.0.roomId');
  });
});

describe('stopping a room and banning its host', () => {
  it('a moderator stops a live room with a reason; the platform is told', async () => {
    const { roomId, sectionId } = await openRoom();
    expect(await call(stopRoom, mod, { sectionId, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(stopRoom, mod, { sectionId, reason: 'pile-on against a private person' })).toMatchObject({ ok: true });
    const [msg] = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'livestream.stopped'), eq(outbox.key, roomId)));
    expect(msg.payload).toMatchObject({ roomId, reason: 'pile-on against a private person' });
    expect(await call(stopRoom, sup, { sectionId, reason: 'again please' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // The platform ending the stream afterwards does not turn "stopped" into "ended".
    await send([{ type: 'room_ended', roomId }]);
    expect((await loadRoom(t.db, sectionId))!.room.status).toBe('stopped');
  });

  it('a host ban waits for a second supervisor: not the proposer, not a moderator', async () => {
    const { sectionId } = await openRoom('host-banned');
    const proposed = await call(proposeHostBan, sup, { sectionId, reason: 'third room inciting a pile-on' });
    if (!proposed.ok) throw new Error(proposed.error.message);
    const { banId } = proposed.data;
    expect((await pendingApprovals(t.db)).find((p) => p.id === banId)).toMatchObject({ kind: 'host_ban', href: `/livestreams/${sectionId}` });
    expect(await call(proposeHostBan, mod, { sectionId, reason: 'me too' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await call(decideHostBan, sup, { banId, decision: 'approved', reason: 'agreed' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(decideHostBan, mod, { banId, decision: 'approved', reason: 'agreed' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(decideHostBan, sup2, { banId, decision: 'approved', reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(decideHostBan, sup2, { banId, decision: 'approved', reason: 'repeated incitement' })).toMatchObject({ ok: true, data: { status: 'approved' } });
    const [ban] = await t.db.select().from(hostBans).where(eq(hostBans.id, banId));
    expect(ban).toMatchObject({ status: 'approved', decidedBy: sup2.id, decisionReason: 'repeated incitement' });
    const [msg] = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'livestream.host_banned'), eq(outbox.key, 'host-banned')));
    expect(msg).toBeDefined();
    expect((await pendingApprovals(t.db)).some((p) => p.id === banId)).toBe(false);
    const audits = (await t.db.select().from(auditLog).where(eq(auditLog.targetId, banId))).map((a) => a.action).sort();
    expect(audits).toEqual(['livestream.approveHostBan', 'livestream.proposeHostBan']);
  });

  it('a rejection needs a reason and tells the platform nothing', async () => {
    const { sectionId } = await openRoom('host-kept');
    const proposed = await call(proposeHostBan, mod, { sectionId, reason: 'rude host' });
    if (!proposed.ok) throw new Error(proposed.error.message);
    expect(await call(decideHostBan, sup, { banId: proposed.data.banId, decision: 'rejected', reason: 'rude is not abuse' })).toMatchObject({ ok: true });
    expect(await t.db.select().from(outbox).where(eq(outbox.key, 'host-kept'))).toHaveLength(0);
  });
});

describe('rooms of incident parties', () => {
  it('are watched: filtered, linked to the incident, and counted in its measures', async () => {
    const { incident, party } = await insertIncident(t.db);
    const { sectionId } = await openRoom(party.accountId);
    const other = await openRoom();
    const watched = await listRooms(t.db, { watched: true });
    expect(watched.map((r) => r.sectionId)).toContain(sectionId);
    expect(watched.map((r) => r.sectionId)).not.toContain(other.sectionId);
    expect(watched.find((r) => r.sectionId === sectionId)).toMatchObject({ watched: true, incidentId: incident.id, incidentTitle: incident.title });
    await call(stopRoom, mod, { sectionId, reason: 'party keeps inciting' });
    expect(await incidentMeasures(t.db, incident.id)).toMatchObject({ roomsStopped: 1, hostsBanned: 0 });
  });
});

describe('name rules and live rooms', () => {
  it('a room opened under a name a rule refuses is suspended like any section, and the platform is told', async () => {
    const { createNameRule } = await import('@/lib/sections/actions');
    const word = `直播禁${uid()}`;
    const rule = await call(createNameRule, sup, { pattern: word, kinds: ['live_room'], until: new Date(Date.now() + 86_400_000).toISOString() });
    if (!rule.ok) throw new Error(rule.error.message);
    const refused = await openRoom(`host-${uid()}`, `${word} 今晚开播`);
    const [row] = await t.db.select().from(sections).where(eq(sections.id, refused.sectionId));
    expect(row).toMatchObject({ kind: 'live_room', status: 'creation_suspended', suspendedByRuleId: rule.data.id });
    const told = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'section.creation_rule'), eq(outbox.key, refused.roomId)));
    expect(told).toHaveLength(1);
    const allowed = await openRoom(`host-${uid()}`, 'cooking together');
    const [open] = await t.db.select().from(sections).where(eq(sections.id, allowed.sectionId));
    expect(open.status).toBe('open');
  });
});
