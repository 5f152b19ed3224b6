import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accounts, auditLog, dmCounters, dmRuleVersions, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { saveDmRules } from '@/lib/dm-rules/actions';
import { setAccountProtection } from '@/lib/protection/actions';
import { registerTextChecker } from '@/lib/dm-rules/text-check';
import { pruneDmCounters } from '@/lib/dm-rules/counters';
import { POST } from '@/app/api/v1/dm-checks/route';
import { POST as postEvents } from '@/app/api/v1/accounts/events/route';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let mod: Staff;
let admin: Staff;
let key: string;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 12 });
  [mod, admin] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'admin')];
  key = (await createTestApiKey(t.db)).key;
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `dm-${++req}` }, input);
const post = async (handler: typeof POST, url: string, body: unknown) => {
  const res = await handler(new Request(url, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
};
const check = (body: Record<string, unknown>) => post(POST, 'http://test/api/v1/dm-checks', { at, ...body });
const event = (e: Record<string, unknown>) => post(postEvents, 'http://test/api/v1/accounts/events', { events: [{ eventId: `ev-${++n}`, at: new Date(Date.parse(at) - 60_000).toISOString(), ...e }] });
let n = 0;
const acct = (p: string) => `dm-${p}-${++n}`;
// A minute into the current hour: every check in this file falls in the same 60-minute window.
const at = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 60_000).toISOString();

const limits = { senderLimit: 5, senderWindowMinutes: 60, recipientLimit: 8, recipientWindowMinutes: 60, newAccountDays: 7, newSenderLimit: 2, minorRecipientLimit: 3 };
beforeEach(async () => {
  const res = await call(saveDmRules, admin, limits);
  if (!res.ok) throw new Error(res.error.message);
});

describe('the recipient decides first', () => {
  it('nobody: denied even to someone they follow; following: strangers denied, followed allowed', async () => {
    const [nobody, following] = [acct('nobody'), acct('following')];
    await event({ accountId: nobody, type: 'dm_preference', preference: 'nobody' });
    await event({ accountId: following, type: 'dm_preference', preference: 'following' });
    expect((await check({ sender: acct('s'), recipient: nobody, follows: true })).body).toMatchObject({ decision: 'deny', rule: 'recipient_preference' });
    expect((await check({ sender: acct('s'), recipient: following })).body).toMatchObject({ decision: 'deny', rule: 'recipient_preference' });
    expect((await check({ sender: acct('s'), recipient: following, follows: true })).body).toMatchObject({ decision: 'allow', rule: 'not_a_stranger' });
  });

  it('protection closing stranger DMs denies strangers; protection of comments only does not', async () => {
    const [shielded, comments] = [acct('shielded'), acct('comments')];
    await call(setAccountProtection, mod, { accountId: shielded, channels: 'all', hours: 48, reason: 'Under attack' });
    await call(setAccountProtection, mod, { accountId: comments, channels: ['comment'], hours: 48, reason: 'Comment raid' });
    expect((await check({ sender: acct('s'), recipient: shielded })).body).toMatchObject({ decision: 'deny', rule: 'recipient_protection' });
    expect((await check({ sender: acct('s'), recipient: shielded, follows: true })).body).toMatchObject({ decision: 'allow' });
    expect((await check({ sender: acct('s'), recipient: comments })).body).toMatchObject({ decision: 'allow', rule: 'within_limits' });
  });
});

describe('the windows', () => {
  it('per recipient: the ninth stranger in the hour is limited, with when to retry; a refused message is not counted', async () => {
    const r = acct('r');
    for (let i = 0; i < 8; i++) expect((await check({ sender: acct('s'), recipient: r })).body.decision).toBe('allow');
    const ninth = (await check({ sender: acct('s'), recipient: r })).body;
    expect(ninth).toMatchObject({ decision: 'limit', rule: 'recipient_window', window: { scope: 'recipient', limit: 8 } });
    expect(Date.parse(ninth.retryAfter)).toBe(Math.floor(Date.parse(at) / 3_600_000) * 3_600_000 + 3_600_000);
    // Followed senders are not strangers and are not counted.
    expect((await check({ sender: acct('s'), recipient: r, follows: true })).body.decision).toBe('allow');
  });

  it('per sender: the sixth message to six people is limited, and its recipient count is given back', async () => {
    const s = acct('sender');
    const rs = Array.from({ length: 6 }, () => acct('r'));
    for (const r of rs.slice(0, 5)) expect((await check({ sender: s, recipient: r })).body.decision).toBe('allow');
    expect((await check({ sender: s, recipient: rs[5] })).body).toMatchObject({ decision: 'limit', rule: 'sender_window' });
    const [counter] = await t.db.select().from(dmCounters).where(eq(dmCounters.key, rs[5]));
    expect(counter.count).toBe(0);
  });

  it('a new account (by age in days) gets the stricter sender limit; an old one the normal one', async () => {
    const [fresh, old] = [acct('fresh'), acct('old')];
    await t.db.insert(accounts).values([
      { id: fresh, registeredAt: new Date(Date.parse(at) - 2 * 86_400_000) },
      { id: old, registeredAt: new Date(Date.parse(at) - 30 * 86_400_000) },
    ]);
    for (let i = 0; i < 2; i++) expect((await check({ sender: fresh, recipient: acct('r') })).body.decision).toBe('allow');
    expect((await check({ sender: fresh, recipient: acct('r') })).body).toMatchObject({ decision: 'limit', rule: 'new_account' });
    for (let i = 0; i < 3; i++) expect((await check({ sender: old, recipient: acct('r') })).body.decision).toBe('allow');
  });

  it('a minor recipient gets the stricter recipient limit', async () => {
    const minor = acct('minor');
    await event({ accountId: minor, type: 'minor_flag', isMinor: true });
    for (let i = 0; i < 3; i++) expect((await check({ sender: acct('s'), recipient: minor })).body.decision).toBe('allow');
    expect((await check({ sender: acct('s'), recipient: minor })).body).toMatchObject({ decision: 'limit', rule: 'minor_recipient' });
  });

  it('requests in parallel never count past the limit', async () => {
    const r = acct('crowd');
    const answers = await Promise.all(Array.from({ length: 30 }, () => check({ sender: acct('s'), recipient: r })));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.body.decision === 'allow')).toHaveLength(8);
    expect(answers.filter((a) => a.body.decision === 'limit' && a.body.rule === 'recipient_window')).toHaveLength(22);
    const [counter] = await t.db.select().from(dmCounters).where(eq(dmCounters.key, r));
    expect(counter.count).toBe(8);
  });

  it('old windows are pruned by the timed job', async () => {
    await t.db.insert(dmCounters).values({ scope: 'sender:60', key: acct('gone'), windowStart: new Date(Date.now() - 5 * 86_400_000), count: 3 });
    expect(await pruneDmCounters(t.db)).toBeGreaterThanOrEqual(1);
  });
});

describe('the text pre-check seam', () => {
  it('with no checker the text is not judged and the answer says so', async () => {
    expect((await check({ sender: acct('s'), recipient: acct('r'), text: 'hello' })).body).toMatchObject({ decision: 'allow', textChecked: false });
  });

  it('a registered checker decides: block denies, hold limits, allow goes on to the windows', async () => {
    const undo = registerTextChecker(async (_db, items) => items.map((i) => ({ id: i.id, decision: i.text.includes('die') ? 'block' : i.text.includes('address') ? 'hold' : 'allow', categoryId: null, score: 0.9 })));
    try {
      expect((await check({ sender: acct('s'), recipient: acct('r'), text: 'go die' })).body).toMatchObject({ decision: 'deny', rule: 'text_precheck', textChecked: true, text: { verdict: 'block' } });
      expect((await check({ sender: acct('s'), recipient: acct('r'), text: 'I know your address', follows: true })).body).toMatchObject({ decision: 'limit', rule: 'text_precheck' });
      expect((await check({ sender: acct('s'), recipient: acct('r'), text: 'hi' })).body).toMatchObject({ decision: 'allow', rule: 'within_limits', textChecked: true });
    } finally {
      undo();
    }
  });
});

describe('bad input and the admin settings', () => {
  it('answers 400 naming each bad field', async () => {
    const { status, body } = await post(POST, 'http://test/api/v1/dm-checks', { sender: '', follows: 'yes', at: 'tomorrow' });
    expect(status).toBe(400);
    expect(body.error.errors.map((e: { field: string }) => e.field).sort()).toEqual(['at', 'follows', 'recipient', 'sender']);
  });

  it('saving is versioned and audited; stricter limits must be stricter; only admins may', async () => {
    const before = (await t.db.select().from(dmRuleVersions)).length;
    const bad = await call(saveDmRules, admin, { ...limits, newSenderLimit: 50, minorRecipientLimit: 0, senderWindowMinutes: 5000 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(['minorRecipientLimit', 'newSenderLimit', 'senderWindowMinutes']);
    expect(await call(saveDmRules, mod, limits)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const ok = await call(saveDmRules, admin, { ...limits, recipientLimit: 9, note: 'one more' });
    expect(ok.ok).toBe(true);
    expect((await t.db.select().from(dmRuleVersions)).length).toBe(before + 1);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, String(ok.ok ? ok.data.version : -1)));
    expect(audit).toMatchObject({ action: 'dm_rules.save', actorId: admin.id, after: { recipientLimit: 9 } });
    expect((await check({ sender: acct('s'), recipient: acct('r') })).body.rulesVersion).toBe(ok.ok ? ok.data.version : -1);
  });
});
