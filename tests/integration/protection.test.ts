import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accountProtections, auditLog, outbox, protectionPrompts, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { endAccountProtection, promptAccountProtection, setAccountProtection } from '@/lib/protection/actions';
import { endExpiredProtections } from '@/lib/protection/expire';
import { GET } from '@/app/api/v1/accounts/protection/route';
import { POST as postEvents } from '@/app/api/v1/accounts/events/route';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let mod: Staff;
let admin: Staff;
let key: string;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, admin] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'admin')];
  key = (await createTestApiKey(t.db)).key;
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `protection-${++req}` }, input);
const read = async (query: string) => {
  const res = await GET(new Request(`http://test/api/v1/accounts/protection?${query}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
};
const events = async (body: unknown) => {
  const res = await postEvents(new Request('http://test/api/v1/accounts/events', { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
};
const sent = (topic: string, accountId: string) => t.db.select().from(outbox).where(and(eq(outbox.topic, topic), eq(outbox.key, accountId))).orderBy(outbox.id);
let n = 0;
const account = () => `prot-${++n}-${Date.now()}`;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const HOUR = 3_600_000;

describe('one-key protection set by the account itself', () => {
  it('a protection_set event closes the channels, open-ended; the API answers it and the outbox tells the platform', async () => {
    const id = account();
    expect((await events({ events: [{ eventId: `${id}-1`, accountId: id, at: iso(-1000), type: 'protection_set', channels: 'all' }] })).status).toBe(200);
    const { status, body } = await read(`accounts=${id},nobody-${id}`);
    expect(status).toBe(200);
    expect(body.accounts[0]).toMatchObject({ accountId: id, protected: true, closed: ['stranger_dm', 'comment', 'forward', 'mention'], until: null, setBy: 'account', dmPreference: 'everyone' });
    expect(body.accounts[1]).toMatchObject({ protected: false, closed: [], until: null, setBy: null });
    const [msg] = await sent('protection.changed', id);
    expect(msg.payload).toMatchObject({ accountId: id, change: 'set', protected: true, setBy: 'account' });
  });

  it('channels one by one, a later event replaces, protection_cleared ends; a late older event changes nothing', async () => {
    const id = account();
    await events({ events: [
      { eventId: `${id}-1`, accountId: id, at: iso(-3000), type: 'protection_set', channels: ['mention', 'comment', 'mention'], until: iso(HOUR) },
    ] });
    expect((await read(`accounts=${id}`)).body.accounts[0]).toMatchObject({ closed: ['comment', 'mention'] });
    await events({ events: [{ eventId: `${id}-2`, accountId: id, at: iso(-2000), type: 'protection_set', channels: ['stranger_dm'] }] });
    expect((await read(`accounts=${id}`)).body.accounts[0]).toMatchObject({ closed: ['stranger_dm'], until: null });
    await events({ events: [{ eventId: `${id}-3`, accountId: id, at: iso(-1000), type: 'protection_cleared' }] });
    expect((await read(`accounts=${id}`)).body.accounts[0]).toMatchObject({ protected: false });
    // Older than the clearing: ignored.
    await events({ events: [{ eventId: `${id}-4`, accountId: id, at: iso(-2500), type: 'protection_set', channels: 'all' }] });
    expect((await read(`accounts=${id}`)).body.accounts[0]).toMatchObject({ protected: false });
    const rows = await t.db.select().from(accountProtections).where(eq(accountProtections.accountId, id));
    expect(rows.map((r) => r.endedHow).sort()).toEqual(['account', 'replaced']);
    expect((await sent('protection.changed', id)).map((m) => (m.payload as { change: string }).change)).toEqual(['set', 'set', 'ended']);
  });

  it('dm_preference is stored and served; bad events are refused naming the field', async () => {
    const id = account();
    await events({ events: [{ eventId: `${id}-p`, accountId: id, at: iso(-1000), type: 'dm_preference', preference: 'following' }] });
    expect((await read(`accounts=${id}`)).body.accounts[0].dmPreference).toBe('following');
    const bad = await events({ events: [
      { eventId: `${id}-x`, accountId: id, at: iso(0), type: 'protection_set', channels: ['everything'] },
      { eventId: `${id}-y`, accountId: id, at: iso(0), type: 'dm_preference', preference: 'friends' },
    ] });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['events.0.channels', 'events.1.preference']));
  });
});

describe('one-key protection set by staff', () => {
  it('a moderator switches it on with a reason: audited, announced, answered; an admin may not', async () => {
    const id = account();
    const res = await call(setAccountProtection, mod, { accountId: id, channels: 'all', hours: 72, reason: 'Pile-on after the video' });
    expect(res.ok).toBe(true);
    const body = (await read(`accounts=${id}`)).body.accounts[0];
    expect(body).toMatchObject({ protected: true, setBy: 'staff', closed: ['stranger_dm', 'comment', 'forward', 'mention'] });
    expect(new Date(body.until).getTime() - Date.now()).toBeGreaterThan(71 * HOUR);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'protection.set'), eq(auditLog.targetId, id)));
    expect(audit.actorId).toBe(mod.id);
    expect(audit.after).toMatchObject({ reason: 'Pile-on after the video' });
    expect(await sent('protection.changed', id)).toHaveLength(1);
    expect(await call(setAccountProtection, admin, { accountId: id, channels: 'all', hours: 1, reason: 'nope' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a missing reason, no channels or too long a period, naming the fields; nothing is written', async () => {
    const id = account();
    const res = await call(setAccountProtection, mod, { accountId: id, channels: [], hours: 24 * 365, reason: '' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(Object.keys(res.error.fields ?? {}).sort()).toEqual(['channels', 'hours', 'reason']);
    expect(await t.db.select().from(accountProtections).where(eq(accountProtections.accountId, id))).toHaveLength(0);
  });

  it('staff end it with a reason; ending what is not there is a conflict', async () => {
    const id = account();
    await call(setAccountProtection, mod, { accountId: id, channels: ['comment'], hours: 5, reason: 'Raid on comments' });
    expect(await call(endAccountProtection, mod, { accountId: id, reason: 'Attack over' })).toMatchObject({ ok: true });
    expect((await read(`accounts=${id}`)).body.accounts[0]).toMatchObject({ protected: false });
    expect(await call(endAccountProtection, mod, { accountId: id, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await sent('protection.changed', id)).map((m) => (m.payload as { change: string }).change)).toEqual(['set', 'ended']);
  });

  it('prompted: the platform is asked to show the person a system prompt, and it is recorded', async () => {
    const id = account();
    expect(await call(promptAccountProtection, mod, { accountId: id, channels: 'all', hours: 48, reason: 'Surge of stranger DMs' })).toMatchObject({ ok: true });
    const [msg] = await sent('protection.prompted', id);
    expect(msg.payload).toMatchObject({ accountId: id, channels: ['stranger_dm', 'comment', 'forward', 'mention'], hours: 48 });
    expect(await t.db.select().from(protectionPrompts).where(eq(protectionPrompts.accountId, id))).toHaveLength(1);
    // Nothing is enforced until the person agrees.
    expect((await read(`accounts=${id}`)).body.accounts[0]).toMatchObject({ protected: false });
  });
});

describe('protection ends by itself', () => {
  it('the timed job ends it at its time with a system audit row and a message; the API answers it over', async () => {
    const id = account();
    await call(setAccountProtection, mod, { accountId: id, channels: 'all', hours: 2, reason: 'Short shield' });
    expect(await endExpiredProtections(t.db, new Date(Date.now() + HOUR))).toBe(0);
    expect((await read(`accounts=${id}`)).body.accounts[0]).toMatchObject({ protected: true });
    const later = new Date(Date.now() + 3 * HOUR);
    const ended = await Promise.all([endExpiredProtections(t.db, later), endExpiredProtections(t.db, later)]);
    expect(ended[0] + ended[1]).toBeGreaterThanOrEqual(1);
    const [row] = await t.db.select().from(accountProtections).where(eq(accountProtections.accountId, id));
    expect(row).toMatchObject({ status: 'ended', endedHow: 'expired' });
    expect(row.endedAt!.getTime()).toBe(row.until!.getTime());
    expect((await read(`accounts=${id}`)).body.accounts[0]).toMatchObject({ protected: false });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'protection.expire'), eq(auditLog.targetId, id)));
    expect(audits).toHaveLength(1);
    expect(audits[0].actorType).toBe('system');
    expect((await sent('protection.changed', id)).map((m) => (m.payload as { change: string }).change)).toEqual(['set', 'expired']);
  });

  it('the API names the field when the query is missing or asks too many', async () => {
    expect(await read('')).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', errors: [expect.objectContaining({ field: 'accounts' })] } } });
    expect((await read(`accounts=${Array.from({ length: 101 }, (_, i) => `a${i}`).join(',')}`)).status).toBe(400);
  });
});
