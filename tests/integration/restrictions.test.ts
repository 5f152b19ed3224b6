import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, sanctions, type Staff } from '@/db/schema';
import { GET } from '@/app/api/v1/accounts/restrictions/route';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let mod: Staff;
let key: string;
beforeAll(async () => {
  t = await createTestDatabase();
  mod = await createStaff(t.db, 'moderator');
  key = (await createTestApiKey(t.db)).key;
  await t.db.insert(accounts).values([{ id: 'r-muted' }, { id: 'r-closed', status: 'closed' }, { id: 'r-clean' }]);
  const hour = 3_600_000;
  const base = { role: 'participant' as const, reason: 'test', proposedBy: mod.id, startsAt: new Date(Date.now() - hour) };
  await t.db.insert(sanctions).values([
    { ...base, accountId: 'r-muted', type: 'mute', status: 'active', durationHours: 48, endsAt: new Date(Date.now() + 47 * hour) },
    { ...base, accountId: 'r-muted', type: 'prepost_warning', status: 'active' },
    { ...base, accountId: 'r-muted', type: 'dm_suspension', status: 'reversed', durationHours: 24, endsAt: new Date(Date.now() + 23 * hour) },
    { ...base, accountId: 'r-clean', type: 'mute', status: 'active', durationHours: 1, endsAt: new Date(Date.now() - 1000) },
    { ...base, accountId: 'r-closed', type: 'closure', status: 'active' },
  ]);
});
afterAll(async () => { await t.drop(); });

const read = async (query: string, auth = `Bearer ${key}`) => {
  const res = await GET(new Request(`http://test/api/v1/accounts/restrictions?${query}`, { headers: { authorization: auth } }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
};

describe('GET /api/v1/accounts/restrictions', () => {
  it('answers what is in force for each account, in the order asked, counting a run-out mute as over', async () => {
    const { status, body } = await read('accounts=r-muted,r-closed,r-clean,r-unknown');
    expect(status).toBe(200);
    expect(body.accounts.map((a: { accountId: string }) => a.accountId)).toEqual(['r-muted', 'r-closed', 'r-clean', 'r-unknown']);
    expect(body.accounts[0]).toMatchObject({ closed: false, prepostWarning: true, privateMessagesSuspendedUntil: null });
    expect(new Date(body.accounts[0].mutedUntil).getTime()).toBeGreaterThan(Date.now());
    expect(body.accounts[1]).toMatchObject({ closed: true });
    expect(body.accounts[2]).toEqual({ accountId: 'r-clean', closed: false, prepostWarning: false, mutedUntil: null, privateMessagesSuspendedUntil: null, lastWarnedAt: null });
    expect(body.accounts[3]).toMatchObject({ closed: false, mutedUntil: null });
  });

  it('names the field when the query is missing or too long, and refuses a missing key', async () => {
    expect(await read('')).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', errors: [expect.objectContaining({ field: 'accounts' })] } } });
    const many = Array.from({ length: 101 }, (_, i) => `a${i}`).join(',');
    expect((await read(`accounts=${many}`)).status).toBe(400);
    expect((await read('accounts=r-muted', '')).status).toBe(401);
  });
});
