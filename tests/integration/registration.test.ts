import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql, type SQL } from 'drizzle-orm';
import { outbox, registrationBans, sanctions, type Staff } from '@/db/schema';
import { executeAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { checkRegistration } from '@/lib/registration/api';
import { assertRegistrationBanPossible, liftRegistrationBan, placeRegistrationBan } from '@/lib/registration/bans';
import { approveSanction } from '@/lib/sanctions/actions';
import { bansInForce } from '@/lib/registration/queries';
import { runReverseEffects } from '@/lib/sanctions/effects';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';
import { insertAccount, insertSanction, newIdentity } from '../support/referrals';

let t: TestDatabase;
let proposer: Staff;
let approver: Staff;
let apiKey: string;
beforeAll(async () => {
  t = await createTestDatabase();
  [proposer, approver] = [await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor')];
  apiKey = (await createTestApiKey(t.db)).key;
});
afterAll(async () => { await t.drop(); });
afterEach(() => { delete process.env.REGISTRATION_CHECKS_PER_MINUTE; });

async function check(body: unknown, key = apiKey) {
  const res = await checkRegistration(new Request('http://test/api/v1/registration-checks', {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  }), { params: Promise.resolve({}) });
  return { status: res.status, text: await res.text() };
}

/** A registration ban in force for a fresh verified account, placed by the effect as approval would. */
async function bannedAccount(endsAt: Date | null) {
  const account = await insertAccount(t.db);
  const sanction = await insertSanction(t.db, { accountId: account.id, type: 'registration_ban', proposedBy: proposer.id, decidedBy: approver.id, endsAt });
  await t.db.transaction((tx) => placeRegistrationBan(tx, sanction));
  return { ...account, identity: account.identity!, sanction };
}

/** Rows of a raw query on either driver (node-postgres and PGlite both answer { rows }). */
async function rowsOf<R>(query: SQL): Promise<R[]> {
  return ((await t.db.execute(query)) as unknown as { rows: R[] }).rows;
}

/** Every text-like column of every table, searched for any of the strings (bytea as bytes). */
async function findAnywhere(needles: string[]) {
  const columns = await rowsOf<{ table_name: string; column_name: string; data_type: string }>(sql`
    select table_name, column_name, data_type from information_schema.columns
    where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'bytea', 'USER-DEFINED')`);
  const rows = columns;
  expect(rows.some((c) => c.table_name === 'audit_log' && c.column_name === 'after')).toBe(true);
  expect(rows.some((c) => c.table_name === 'outbox' && c.column_name === 'payload')).toBe(true);
  const hits: string[] = [];
  for (const c of rows) {
    const col = sql.identifier(c.column_name);
    const table = sql.identifier(c.table_name);
    for (const needle of needles) {
      const condition = c.data_type === 'bytea'
        ? sql`position(convert_to(${needle}, 'UTF8') in ${col}) > 0`
        : sql`${col}::text ilike ${`%${needle}%`}`;
      const [{ n }] = await rowsOf<{ n: number }>(sql`select count(*)::int as n from ${table} where ${condition}`);
      if (n > 0) hits.push(`${c.table_name}.${c.column_name}`);
    }
  }
  return hits;
}

describe('registration checks', () => {
  it('allows an identity with no ban, answering { allowed: true } and nothing more', async () => {
    const res = await check({ identity: newIdentity() });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ allowed: true });
  });

  it('refuses a banned identity however it is formatted, with until and nothing more', async () => {
    const endsAt = new Date(Date.now() + 30 * 86_400_000);
    const { identity } = await bannedAccount(endsAt);
    const spaced = `${identity.slice(0, 6)} ${identity.slice(6, 14)}-${identity.slice(14).toLowerCase()}`;
    for (const form of [identity, spaced]) {
      const res = await check({ identity: form });
      expect(JSON.parse(res.text)).toEqual({ allowed: false, until: endsAt.toISOString() });
    }
  });

  it('refuses a permanently banned identity with until null', async () => {
    const { identity } = await bannedAccount(null);
    expect(JSON.parse((await check({ identity })).text)).toEqual({ allowed: false, until: null });
  });

  it('allows once the ban has run out', async () => {
    const { identity } = await bannedAccount(new Date(Date.now() - 60_000));
    expect(JSON.parse((await check({ identity })).text)).toEqual({ allowed: true });
  });

  it('allows once the ban is lifted (appeal overturned), and tells the platform both times', async () => {
    const { identity, sanction, id } = await bannedAccount(null);
    await t.db.transaction((tx) => liftRegistrationBan(tx, sanction));
    expect(JSON.parse((await check({ identity })).text)).toEqual({ allowed: true });
    const [ban] = await t.db.select().from(registrationBans).where(eq(registrationBans.sanctionId, sanction.id));
    expect(ban.liftedAt).not.toBeNull();
    const topics = (await t.db.select().from(outbox).where(eq(outbox.key, id))).map((m) => m.topic);
    expect(topics).toEqual(['registration_ban.added', 'registration_ban.lifted']);
  });

  it('lists only the bans in force for the console', async () => {
    const inForce = await bannedAccount(null);
    const expired = await bannedAccount(new Date(Date.now() - 60_000));
    const lifted = await bannedAccount(null);
    await t.db.transaction((tx) => liftRegistrationBan(tx, lifted.sanction));
    const listed = (await bansInForce(t.db)).map((b) => b.accountId);
    expect(listed).toContain(inForce.id);
    expect(listed).not.toContain(expired.id);
    expect(listed).not.toContain(lifted.id);
  });

  it('answers a batch in order', async () => {
    const { identity } = await bannedAccount(null);
    const res = await check({ identities: [newIdentity(), identity] });
    expect(JSON.parse(res.text)).toEqual({ results: [{ allowed: true }, { allowed: false, until: null }] });
  });

  it('refuses a ban for an account with no verified identity, at proposal and at approval', async () => {
    const account = await insertAccount(t.db, null);
    await expect(assertRegistrationBanPossible(t.db, account.id)).rejects.toThrow(DomainError);
    const sanction = await insertSanction(t.db, { accountId: account.id, type: 'registration_ban', proposedBy: proposer.id });
    const result = await executeAction(approveSanction.definition, { db: t.db, staffId: approver.id, requestId: 'reg-unverified' }, { sanctionId: sanction.id, reason: 'approve it' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/verified identity/) } });
    const [after] = await t.db.select().from(sanctions).where(eq(sanctions.id, sanction.id));
    expect(after.status).toBe('proposed');
  });

  it('bans through the sanctions approval, and lifts through its reversal effects', async () => {
    const account = await insertAccount(t.db);
    const sanction = await insertSanction(t.db, { accountId: account.id, type: 'registration_ban', proposedBy: proposer.id, durationHours: 24 * 90 });
    const result = await executeAction(approveSanction.definition, { db: t.db, staffId: approver.id, requestId: 'reg-approve' }, { sanctionId: sanction.id, reason: 'repeat harassment' });
    expect(result).toMatchObject({ ok: true });
    const [active] = await t.db.select().from(sanctions).where(eq(sanctions.id, sanction.id));
    // The ban runs as long as the sanction: 90 days from the approval.
    expect(active.endsAt).not.toBeNull();
    expect(JSON.parse((await check({ identity: account.identity })).text)).toEqual({ allowed: false, until: active.endsAt!.toISOString() });
    await t.db.transaction((tx) => runReverseEffects(tx, active, approver.id));
    expect(JSON.parse((await check({ identity: account.identity })).text)).toEqual({ allowed: true });
  });

  it('never stores or logs the identity: every column of every table, and the console', async () => {
    const logged: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' '))));
    try {
      const banned = await bannedAccount(null);
      const free = newIdentity();
      await check({ identity: banned.identity });
      await check({ identity: free });
      await check({ identities: [free, ` ${banned.identity.toLowerCase()} `] });
      // A refused input must not echo it either.
      const tooLong = `${free}${'9'.repeat(60)}`;
      const bad = await check({ identity: tooLong });
      expect(bad.status).toBe(400);
      expect(bad.text).not.toContain(free);
      // The scan does find what is stored: the account id, in accounts, sanctions and the outbox.
      expect(await findAnywhere([banned.id])).toEqual(expect.arrayContaining(['accounts.id', 'sanctions.account_id', 'outbox.payload']));
      const needles = [banned.identity, free, banned.identity.slice(0, 17), free.slice(0, 17)];
      expect(await findAnywhere(needles)).toEqual([]);
      for (const line of logged) for (const needle of needles) expect(line).not.toContain(needle);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it('audits each check with its counts only', async () => {
    const { identity } = await bannedAccount(null);
    await check({ identities: [identity, newIdentity(), newIdentity()] });
    const [last] = await rowsOf<{ after: unknown }>(sql`select after from audit_log where action = 'registration.check' order by id desc limit 1`);
    expect(last.after).toEqual({ checked: 3, refused: 1 });
  });

  it('limits how many identities one key may check a minute', async () => {
    process.env.REGISTRATION_CHECKS_PER_MINUTE = '3';
    const key = (await createTestApiKey(t.db)).key;
    expect((await check({ identities: [newIdentity(), newIdentity()] }, key)).status).toBe(200);
    const refused = await check({ identities: [newIdentity(), newIdentity()] }, key);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await check({ identity: newIdentity() }, key)).status).toBe(200);
  });
});
