import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accountNames, accounts, auditLog, identityFlags, incidentParties, outbox, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { clearIdentityFlag, escalateIdentityFlag, verifyIdentityFlag } from '@/lib/identity-checks/actions';
import { flagRenameIfHot } from '@/lib/identity-checks/flag';
import { openIdentityFlags } from '@/lib/identity-checks/queries';
import { incidentMeasures } from '@/lib/incidents/measures';
import { receiveAccountEvents } from '@/lib/accounts/api';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertIncident } from '../support/incidents';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let mod: Staff;
let apiKey: string;
beforeAll(async () => {
  t = await createTestDatabase();
  mod = await createStaff(t.db, 'moderator');
  apiKey = (await createTestApiKey(t.db)).key;
});
afterAll(async () => { await t.drop(); });

let req = 0;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = <O>(action: { definition: ActionDefinition<any, O> }, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: mod.id, requestId: `identity-${++req}` }, input);

/** An incident whose targeted person is a Chinese name, unique to this test. */
async function hotIncident(name: string, status: 'active' | 'closed' = 'active') {
  const { incident, party } = await insertIncident(t.db, { status });
  await t.db.update(incidentParties).set({ displayName: name }).where(eq(incidentParties.id, party.id));
  return { incident, party };
}
const flagsOf = (accountId: string) => t.db.select().from(identityFlags).where(eq(identityFlags.accountId, accountId));

describe('flagRenameIfHot', () => {
  it('flags an account renamed after a hot incident\'s party, with its old name, and asks the platform to verify', async () => {
    const { incident, party } = await hotIncident('林晓雯');
    await t.db.insert(accounts).values({ id: 'ren-1', handle: '@cats', displayName: 'Cat videos' });
    await t.db.insert(accountNames).values({ accountId: 'ren-1', handle: '@cats', displayName: 'Cat videos', changedAt: new Date('2026-01-01') });
    await t.db.transaction((tx) => flagRenameIfHot(tx, { accountId: 'ren-1', handle: '@linxw', displayName: '林晓雯本人', at: new Date('2026-03-01') }));

    const [flag] = await flagsOf('ren-1');
    expect(flag).toMatchObject({
      status: 'open', incidentId: incident.id, matchedAccountId: party.accountId, matchedName: '林晓雯',
      oldHandle: '@cats', oldDisplayName: 'Cat videos', newDisplayName: '林晓雯本人',
    });
    const [message] = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'account.identity_verification_required'), eq(outbox.key, 'ren-1')));
    expect(message.payload).toMatchObject({ accountId: 'ren-1', flagId: flag.id });
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'identity_flag.raise'), eq(auditLog.targetId, 'ren-1')))).toHaveLength(1);
    expect((await openIdentityFlags(t.db)).map((f) => f.id)).toContain(flag.id);
    expect(await incidentMeasures(t.db, incident.id)).toMatchObject({ renamesFlagged: 1 });

    // The same rename again while the flag is open raises nothing new.
    await t.db.transaction((tx) => flagRenameIfHot(tx, { accountId: 'ren-1', handle: '@linxw2', displayName: '林晓雯', at: new Date('2026-03-02') }));
    expect(await flagsOf('ren-1')).toHaveLength(1);
  });

  it('does not flag a closed incident\'s party, an unrelated name, or the party renaming to their own name', async () => {
    await hotIncident('赵一鸣', 'closed');
    const { party } = await hotIncident('钱多多');
    await t.db.transaction(async (tx) => {
      await flagRenameIfHot(tx, { accountId: 'ren-2', handle: 'zym', displayName: '赵一鸣', at: new Date() });
      await flagRenameIfHot(tx, { accountId: 'ren-3', handle: 'dogs', displayName: '狗狗日常', at: new Date() });
      await flagRenameIfHot(tx, { accountId: party.accountId, handle: 'qdd', displayName: '钱多多', at: new Date() });
    });
    for (const id of ['ren-2', 'ren-3', party.accountId]) expect(await flagsOf(id)).toEqual([]);
  });
});

describe('POST /api/v1/accounts/events renamed', () => {
  it('puts a matching rename in the verification queue', async () => {
    const { incident } = await hotIncident('周子健');
    const events = [
      { eventId: 'ev-1', accountId: 'api-1', type: 'created', handle: '@travel', displayName: 'Travel diary', at: '2026-03-01T08:00:00Z' },
      { eventId: 'ev-2', accountId: 'api-1', type: 'renamed', handle: '@zhou_zijian', displayName: '周子健官方', at: '2026-03-02T08:00:00Z' },
    ];
    const res = await receiveAccountEvents(new Request('http://test/api/v1/accounts/events', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` }, body: JSON.stringify({ events }),
    }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const flag = (await openIdentityFlags(t.db)).find((f) => f.accountId === 'api-1');
    expect(flag).toMatchObject({ incidentId: incident.id, oldDisplayName: 'Travel diary', newDisplayName: '周子健官方', matchedName: '周子健' });
  });
});

describe('settling a flag', () => {
  it('verify, clear and escalate each settle an open flag once, audited', async () => {
    await hotIncident('孙悦悦');
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      await t.db.transaction((tx) => flagRenameIfHot(tx, { accountId: `settle-${n}`, handle: `s${n}`, displayName: '孙悦悦', at: new Date() }));
      ids.push((await flagsOf(`settle-${n}`))[0].id);
    }
    expect(await call(verifyIdentityFlag, { flagId: ids[0], note: 'ID checked by platform' })).toMatchObject({ ok: true });
    expect(await call(clearIdentityFlag, { flagId: ids[1] })).toMatchObject({ ok: true });
    expect(await call(escalateIdentityFlag, { flagId: ids[2], note: 'Impersonating the victim' })).toMatchObject({ ok: true, data: { accountId: 'settle-3' } });
    const statuses = await Promise.all([1, 2, 3].map(async (n) => (await flagsOf(`settle-${n}`))[0]));
    expect(statuses.map((f) => f.status)).toEqual(['verified', 'cleared', 'escalated']);
    expect(statuses[0]).toMatchObject({ resolvedBy: mod.id, resolutionNote: 'ID checked by platform' });
    expect(await call(clearIdentityFlag, { flagId: ids[0] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'identityFlag.escalate'), eq(auditLog.targetId, 'settle-3')))).toHaveLength(1);
    expect((await openIdentityFlags(t.db)).some((f) => ids.includes(f.id))).toBe(false);
  });
});
