import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { cases, type Staff } from '@/db/schema';
import { queryRows } from '@/db/query';
import { claimCase, claimNextCase, heldCaseId } from '@/lib/reports/claim';
import { releaseExpiredLeases } from '@/lib/reports/expire-leases';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase, insertCases } from '../support/cases';

// One case per moderator when several tabs claim at once (Postgres: a pool of connections, so the
// claims really run in parallel; PGlite has one connection and runs them one after another).
let t: TestDatabase;
let mod: Staff;
let mod2: Staff;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 20 });
  mod = await createStaff(t.db, 'moderator');
  mod2 = await createStaff(t.db, 'moderator');
});
afterAll(async () => { await t.drop(); });
beforeEach(async () => {
  // Open the pool's connections first, so that the claims below start together rather than one per new connection.
  await Promise.all(Array.from({ length: 16 }, () => t.db.execute(sql`select pg_sleep(0.02)`)));
  await t.db.update(cases).set({ status: 'decided', claimedBy: null, leaseExpiresAt: null }).where(sql`status <> 'decided'`);
});

const held = async (staffId: string) => (await t.db.select({ id: cases.id }).from(cases).where(sql`claimed_by = ${staffId} and status <> 'decided'`)).map((r) => r.id);

describe('claims from several tabs', () => {
  it('give one moderator claiming in 16 tabs at once one case, the same in every tab', async () => {
    await insertCases(t.db, Array.from({ length: 40 }, (_, i) => ({ categoryId: i % 2 ? 'insult' : 'threat' })));
    const claims = await Promise.all(Array.from({ length: 16 }, () => t.db.transaction((tx) => claimNextCase(tx, mod.id, { queue: 'open' }))));
    const ids = new Set(claims.map((c) => c!.id));
    expect(ids.size).toBe(1);
    expect(claims.filter((c) => !c!.reused)).toHaveLength(1);
    expect(await held(mod.id)).toEqual([...ids]);
  });

  it('also when one tab claims the next case and another a particular one', async () => {
    const [a, b] = await insertCases(t.db, [{ categoryId: 'threat' }, { categoryId: 'insult' }]);
    const particular = (caseId: string) => t.db.transaction(async (tx) => {
      if (await heldCaseId(tx, mod.id, caseId)) return null;
      return claimCase(tx, caseId, mod.id);
    });
    for (let round = 0; round < 5; round++) {
      await Promise.all([
        t.db.transaction((tx) => claimNextCase(tx, mod.id, { queue: 'open' })),
        particular(b.id),
        particular(a.id),
      ]);
      expect(await held(mod.id)).toHaveLength(1);
      await t.db.update(cases).set({ claimedBy: null, leaseExpiresAt: null }).where(sql`claimed_by = ${mod.id}`);
    }
  });

  it('leave other moderators free to claim in parallel', async () => {
    await insertCases(t.db, Array.from({ length: 10 }, () => ({ categoryId: 'insult' })));
    const staff = [mod, mod2];
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => t.db.transaction((tx) => claimNextCase(tx, staff[i % 2].id, { queue: 'open' }))));
    expect(new Set(claims.map((c) => c!.id)).size).toBe(2);
  });
});

describe('one case per moderator, kept by the database', () => {
  it('refuses a second undecided case for the same moderator, whatever writes it', async () => {
    const [a, b] = await insertCases(t.db, [{ categoryId: 'threat' }, { categoryId: 'insult' }]);
    await t.db.update(cases).set({ claimedBy: mod.id, leaseExpiresAt: sql`now() + interval '10 minutes'` }).where(eq(cases.id, a.id));
    const error = await t.db.update(cases).set({ claimedBy: mod.id, leaseExpiresAt: sql`now() + interval '10 minutes'` }).where(eq(cases.id, b.id))
      .then(() => null, (e: unknown) => e as { cause?: { code?: string }; code?: string });
    expect(error?.cause?.code ?? error?.code).toBe('23505');
    // A decided case no longer counts as held.
    await t.db.update(cases).set({ status: 'decided' }).where(eq(cases.id, a.id));
    await t.db.update(cases).set({ claimedBy: mod.id }).where(eq(cases.id, b.id));
    expect(await held(mod.id)).toEqual([b.id]);
  });

  it('gives a moderator whose lease ran out their case back when they claim next, if nobody took it', async () => {
    const [mine] = await insertCases(t.db, [{ categoryId: 'insult' }, { categoryId: 'threat', targetIsMinor: true }]);
    await t.db.update(cases).set({ claimedBy: mod.id, leaseExpiresAt: sql`now() - interval '1 minute'` }).where(eq(cases.id, mine.id));
    const again = await t.db.transaction((tx) => claimNextCase(tx, mod.id, { queue: 'open' }));
    expect(again).toMatchObject({ id: mine.id, reused: true });
    expect(again!.leaseExpiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('hands an expired hold back to the queue when the moderator takes a particular case', async () => {
    const [old, wanted] = await insertCases(t.db, [{ categoryId: 'threat' }, { categoryId: 'insult' }]);
    await t.db.update(cases).set({ claimedBy: mod.id, leaseExpiresAt: sql`now() - interval '1 minute'` }).where(eq(cases.id, old.id));
    const got = await t.db.transaction(async (tx) => (await heldCaseId(tx, mod.id, wanted.id)) ?? claimCase(tx, wanted.id, mod.id));
    expect(got).toMatchObject({ id: wanted.id });
    expect(await held(mod.id)).toEqual([wanted.id]);
  });
});

describe('an expired lease', () => {
  it('is claimable again within 60 s of expiring: the worker (every 30 s) hands it back (the clock moved by shifting the lease)', async () => {
    const c = await insertCase(t.db, { categoryId: 'threat', targetIsMinor: true });
    const first = await t.db.transaction((tx) => claimNextCase(tx, mod.id, { queue: 'open', leaseMinutes: 1 }));
    expect(first!.id).toBe(c.id);
    await insertCase(t.db, { categoryId: 'insult' });
    // 59 s later the lease (one minute) still runs: the worker leaves it, the other moderator gets the next case.
    const minus = (seconds: number) => t.db.update(cases).set({ leaseExpiresAt: sql`lease_expires_at - make_interval(secs => ${seconds})` }).where(eq(cases.id, c.id));
    await minus(59);
    expect(await releaseExpiredLeases(t.db)).toBe(0);
    const other = await t.db.transaction((tx) => claimNextCase(tx, mod2.id, { queue: 'open' }));
    expect(other!.id).not.toBe(c.id);
    await t.db.update(cases).set({ claimedBy: null, leaseExpiresAt: null }).where(eq(cases.id, other!.id));
    // Two more seconds and it has run out: the worker's next pass (at most 30 s on) hands it back, and the
    // next claim takes it over ahead of the unheld case.
    await minus(2);
    expect(await releaseExpiredLeases(t.db, new Date(Date.now() + 30_000))).toBe(1);
    const taken = await t.db.transaction((tx) => claimNextCase(tx, mod2.id, { queue: 'open' }));
    expect(taken).toMatchObject({ id: c.id, reused: false });
  });

  it('is handed back once when several workers pass at the same time', async () => {
    const ids = (await insertCases(t.db, Array.from({ length: 12 }, () => ({ categoryId: 'insult' })))).map((c) => c.id);
    const holders = await Promise.all(Array.from({ length: 12 }, () => createStaff(t.db, 'moderator')));
    await Promise.all(holders.map((h) => t.db.transaction((tx) => claimNextCase(tx, h.id, { queue: 'open' }))));
    await t.db.update(cases).set({ leaseExpiresAt: sql`now() - interval '1 minute'` }).where(sql`claimed_by is not null and status <> 'decided'`);
    const passes = await Promise.all(Array.from({ length: 4 }, () => releaseExpiredLeases(t.db)));
    expect(passes.reduce((a, b) => a + b, 0)).toBe(12);
    const [{ n }] = await queryRows<{ n: number }>(t.db, sql`select count(distinct target_id)::int as n from audit_log
      where action = 'case.leaseExpired' and target_id in ${ids}`);
    expect(n).toBe(12);
  });
});
