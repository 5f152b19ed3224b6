import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accounts, appeals, outbox, sanctions, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { applySanction, approveSanction, proposeSanction } from '@/lib/sanctions/actions';
import { decideAppeal } from '@/lib/appeals/actions';
import { receiveAppeal } from '@/lib/appeals/api';
import { sanctionReference } from '@/lib/sanctions/reference';
import { pendingApprovals } from '@/lib/approvals/sources';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let sup2: Staff;
let sup3: Staff;
let apiKey: string;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, sup, sup2, sup3] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor')];
  apiKey = (await createTestApiKey(t.db)).key;
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `appeals-${++req}` }, input);
async function ok<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown): Promise<O> {
  const result = await call(action, who, input);
  if (!result.ok) throw new Error(`${action.definition.name}: ${result.error.message}`);
  return result.data;
}
async function file(body: unknown) {
  const res = await receiveAppeal(new Request('http://test/api/v1/appeals', { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}
let n = 0;
const account = () => `appeal-acct-${++n}-${Date.now()}`;

describe('appeals', () => {
  it('files idempotently by externalId, by sanction id or by the short reference', async () => {
    const { id } = await ok(applySanction, mod, { accountId: account(), type: 'warning', role: 'participant', reason: 'Rude reply' });
    const first = await file({ externalId: `ap-${id}`, sanctionId: id, statement: 'I was quoting someone <b>else</b>' });
    expect(first.status).toBe(201);
    const again = await file({ externalId: `ap-${id}`, sanctionId: id, statement: 'changed' });
    expect(again).toMatchObject({ status: 200, body: { id: first.body.id } });
    expect(await t.db.select().from(appeals).where(eq(appeals.sanctionId, id))).toHaveLength(1);
    expect((await file({ externalId: `ap2-${id}`, sanctionId: id })).status).toBe(409);

    const other = await ok(applySanction, mod, { accountId: account(), type: 'warning', role: 'participant', reason: 'Rude reply' });
    const byRef = await file({ externalId: `ref-${other.id}`, reference: sanctionReference(other.id).toLowerCase() });
    expect(byRef).toMatchObject({ status: 201, body: { sanctionId: other.id } });
    expect((await pendingApprovals(t.db)).some((p) => p.kind === 'appeal' && p.id === byRef.body.id)).toBe(true);
  });

  it('names the bad field and refuses unknown or undecided sanctions', async () => {
    const bad = await file({ externalId: 'x', reference: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.errors.map((e: { field: string }) => e.field)).toContain('reference');
    expect((await file({ externalId: 'y' })).body.error.errors.map((e: { field: string }) => e.field)).toContain('sanctionId');
    expect((await file({ externalId: 'z', sanctionId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    const { id } = await ok(proposeSanction, mod, { accountId: account(), type: 'closure', role: 'participant', reason: 'Spam ring' });
    expect((await file({ externalId: `p-${id}`, sanctionId: id })).status).toBe(409);
  });

  it('an overturn by a supervisor who took no part reverses the closure, reopens the account and tells the platform', async () => {
    const accountId = account();
    const { id } = await ok(proposeSanction, sup, { accountId, type: 'closure', role: 'originator', reason: 'Doxxing' });
    await ok(approveSanction, sup2, { sanctionId: id, reason: 'Confirmed' });
    const { body } = await file({ externalId: `ov-${id}`, sanctionId: id, statement: 'It was not me' });

    // The proposer and the approver took the decision: neither may judge the appeal.
    expect(await call(decideAppeal, sup, { appealId: body.id, outcome: 'overturned', reason: 'Fine' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(decideAppeal, sup2, { appealId: body.id, outcome: 'overturned', reason: 'Fine' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(decideAppeal, mod, { appealId: body.id, outcome: 'overturned', reason: 'Fine' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(decideAppeal, sup3, { appealId: body.id, outcome: 'overturned', reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    await ok(decideAppeal, sup3, { appealId: body.id, outcome: 'overturned', reason: 'Account was hijacked at the time' });
    const [s] = await t.db.select().from(sanctions).where(eq(sanctions.id, id));
    expect(s).toMatchObject({ status: 'reversed', reversedBy: sup3.id, reversalReason: 'Account was hijacked at the time' });
    expect((await t.db.select().from(accounts).where(eq(accounts.id, accountId)))[0].status).toBe('active');
    const [appeal] = await t.db.select().from(appeals).where(eq(appeals.id, body.id));
    expect(appeal).toMatchObject({ status: 'overturned', decidedBy: sup3.id });
    const messages = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'sanction.reversed'), eq(outbox.key, accountId)));
    expect(messages).toHaveLength(1);
    expect(messages[0].payload).toMatchObject({ sanctionId: id, status: 'reversed' });
    expect(await call(decideAppeal, sup3, { appealId: body.id, outcome: 'upheld', reason: 'Again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('an upheld appeal leaves the sanction in force', async () => {
    const accountId = account();
    const { id } = await ok(applySanction, mod, { accountId, type: 'mute', role: 'inciter', reason: 'Pile-on', durationHours: 48 });
    const { body } = await file({ externalId: `up-${id}`, sanctionId: id });
    await ok(decideAppeal, sup, { appealId: body.id, outcome: 'upheld', reason: 'The replies were abusive' });
    expect((await t.db.select().from(sanctions).where(eq(sanctions.id, id)))[0].status).toBe('active');
    expect(await t.db.select().from(outbox).where(and(eq(outbox.topic, 'sanction.reversed'), eq(outbox.key, accountId)))).toHaveLength(0);
  });
});
