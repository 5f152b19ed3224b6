import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { cases, type Staff } from '@/db/schema';
import { queryRows } from '@/db/query';
import { claimNextCase, nextClaimableId, releaseCase, renewLease } from '@/lib/reports/claim';
import { releaseExpiredLeases } from '@/lib/reports/expire-leases';
import { startWorkerLoops, workerLoops } from '@/lib/worker/timed-jobs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase, insertCases } from '../support/cases';

let t: TestDatabase;
let mod: Staff;
let mod2: Staff;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 40 });
  mod = await createStaff(t.db, 'moderator');
  mod2 = await createStaff(t.db, 'moderator');
});
afterAll(async () => { await t.drop(); });
// Each test starts from an empty queue.
beforeEach(async () => {
  await t.db.update(cases).set({ status: 'decided', claimedBy: null, leaseExpiresAt: null }).where(sql`status <> 'decided'`);
});

const claim = (staffId: string, queue: 'open' | 'escalated' = 'open') => t.db.transaction((tx) => claimNextCase(tx, staffId, { queue }));
const finish = (id: string) => t.db.update(cases).set({ status: 'decided', claimedBy: null, leaseExpiresAt: null }).where(eq(cases.id, id));

describe('claim next', () => {
  it('gives 32 concurrent claimers each of 1,000 cases exactly once', async () => {
    const now = Date.now();
    const created = await insertCases(t.db, Array.from({ length: 1000 }, (_, i) => ({
      categoryId: ['insult', 'threat', 'rumour', 'self_harm'][i % 4], targetIsMinor: i % 37 === 0, reporters: 1 + (i % 5),
      createdAt: new Date(now - (i % 100) * 1000),
    })));
    const claimers = await Promise.all(Array.from({ length: 32 }, () => createStaff(t.db, 'moderator')));
    const got: string[][] = claimers.map(() => []);
    await Promise.all(claimers.map(async (c, k) => {
      for (;;) {
        const claimed = await claim(c.id);
        if (!claimed) return;
        expect(claimed.reused).toBe(false);
        got[k].push(claimed.id);
        // Deciding is a separate transaction, as in the console: meanwhile the case is held, not locked.
        await finish(claimed.id);
      }
    }));
    const all = got.flat();
    expect(all).toHaveLength(1000);
    expect(new Set(all).size).toBe(1000);
    expect(new Set(all)).toEqual(new Set(created.map((c) => c.id)));
  });

  it('orders minors first, then self-harm, then risk (severity, reporters), then age', async () => {
    const old = new Date(Date.now() - 3_600_000);
    const young = new Date();
    const ids = await insertCases(t.db, [
      { categoryId: 'derision', createdAt: old },                         // 7: lowest risk
      { categoryId: 'threat', reporters: 1, createdAt: young },           // 6: severity 4, newer
      { categoryId: 'self_harm', createdAt: young },                      // 2: self-harm
      { categoryId: 'threat', reporters: 1, createdAt: old },             // 5: severity 4, older
      { categoryId: 'derision', reporterIsMinor: true, createdAt: young },// 1: minor reporter beats self-harm
      { categoryId: 'threat', reporters: 6, createdAt: young },           // 4: more reporters
      { categoryId: 'threat', targetIsMinor: true, createdAt: young },    // 0: minor target, severe
      { categoryId: 'privacy_invasion', reporters: 9, createdAt: young }, // 3: severity 4, most reporters
    ]).then((rows) => rows.map((r) => r.id));
    const order: string[] = [];
    for (let claimed = await claim(mod.id); claimed; claimed = await claim(mod.id)) {
      order.push(claimed.id);
      await finish(claimed.id);
    }
    expect(order).toEqual([ids[6], ids[4], ids[2], ids[7], ids[5], ids[3], ids[1], ids[0]]);
  });

  it('hands back the case a moderator already holds instead of a second one', async () => {
    await insertCases(t.db, [{ categoryId: 'insult' }, { categoryId: 'insult' }]);
    const first = await claim(mod.id);
    const again = await claim(mod.id);
    expect(again).toMatchObject({ id: first!.id, reused: true });
    expect(again!.leaseExpiresAt.getTime()).toBeGreaterThanOrEqual(first!.leaseExpiresAt.getTime());
    const other = await claim(mod2.id);
    expect(other!.id).not.toBe(first!.id);
  });

  it('hands an expired lease back to the queue (the worker), so another moderator claims the case, and refuses to renew it', async () => {
    const c = await insertCase(t.db, { categoryId: 'threat', targetIsMinor: true, claimedBy: mod.id, leaseExpiresAt: new Date(Date.now() - 1000) });
    const unheld = await insertCase(t.db, { categoryId: 'insult' });
    // Until the worker runs, claim-next walks only unheld cases.
    const before = await claim(mod2.id);
    expect(before!.id).toBe(unheld.id);
    await finish(unheld.id);
    expect(await releaseExpiredLeases(t.db)).toBe(1);
    const [audit] = await queryRows<{ action: string; actor_type: string; before: { claimedBy: string } }>(t.db, sql`
      select action, actor_type, before from audit_log where target_id = ${c.id} and action = 'case.leaseExpired'`);
    expect(audit).toMatchObject({ actor_type: 'system', before: { claimedBy: mod.id } });
    const taken = await claim(mod2.id);
    expect(taken!.id).toBe(c.id);
    await expect(t.db.transaction((tx) => renewLease(tx, c.id, mod.id))).rejects.toMatchObject({ code: 'lease_expired' });
    const renewed = await t.db.transaction((tx) => renewLease(tx, c.id, mod2.id));
    expect(renewed.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    // A lease still running is left alone.
    expect(await releaseExpiredLeases(t.db)).toBe(0);
  });

  it('hands expired leases back on the worker\'s own loop, while another loop is stuck in a slow pass', async () => {
    expect(workerLoops.leases.everyMs).toBeLessThanOrEqual(30_000); // with a short pass, within 60 s of expiring
    let slowPasses = 0;
    let finishSlowPass = () => {};
    const slow = new Promise<number>((resolve) => { finishSlowPass = () => resolve(0); });
    const stop = startWorkerLoops(async () => t.db, {
      intervalMs: 20,
      loops: { leases: workerLoops.leases, model: { everyMs: 20, jobs: { retrainOfAHugeLibrary: () => { slowPasses += 1; return slow; } } } },
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100)); // the slow loop is now inside its first pass
      const c = await insertCase(t.db, { categoryId: 'threat', claimedBy: mod.id, leaseExpiresAt: new Date(Date.now() - 1000) });
      const unheld = async () => (await t.db.select({ by: cases.claimedBy }).from(cases).where(eq(cases.id, c.id)))[0].by === null;
      for (let i = 0; i < 200 && !(await unheld()); i++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(await unheld()).toBe(true);
      expect(slowPasses).toBe(1);
    } finally {
      finishSlowPass();
      await stop();
    }
  });

  it('takes a case whose lease ran out at once when nothing unheld is left', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult', claimedBy: mod.id, leaseExpiresAt: new Date(Date.now() - 1000) });
    expect(await claim(mod2.id)).toMatchObject({ id: c.id, reused: false });
  });

  it('hands out an abandoned minor\'s case first, however many other leases expired before it', async () => {
    // Thirty moderators walked away from a case each (one case per moderator is a unique index).
    const [gone, ...others] = await Promise.all(Array.from({ length: 31 }, () => createStaff(t.db, 'moderator')));
    const longAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await insertCases(t.db, Array.from({ length: 30 }, (_, i) => ({ categoryId: 'derision', claimedBy: others[i].id, leaseExpiresAt: longAgo(60 + i) })));
    await insertCases(t.db, [{ categoryId: 'threat', reporters: 3 }, { categoryId: 'insult' }]);
    const minor = await insertCase(t.db, { categoryId: 'insult', targetIsMinor: true, claimedBy: gone.id, leaseExpiresAt: longAgo(1) });
    expect(await releaseExpiredLeases(t.db)).toBe(31);
    expect((await claim(mod.id))!.id).toBe(minor.id);
  });

  it('gives a moderator whose own lease ran out that case back, not a second one', async () => {
    const mine = await insertCase(t.db, { categoryId: 'insult', claimedBy: mod.id, leaseExpiresAt: new Date(Date.now() - 1000) });
    await insertCase(t.db, { categoryId: 'threat', targetIsMinor: true });
    const again = await claim(mod.id);
    expect(again).toMatchObject({ id: mine.id, reused: true });
    expect(again!.leaseExpiresAt.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
  });

  it('puts a released case back at its place in the queue', async () => {
    const c = await insertCase(t.db, { categoryId: 'threat' });
    const claimed = await claim(mod.id);
    expect(claimed!.id).toBe(c.id);
    expect(await t.db.transaction((tx) => releaseCase(tx, c.id, mod2.id))).toBe(false);
    expect(await t.db.transaction((tx) => releaseCase(tx, c.id, mod.id))).toBe(true);
    expect((await claim(mod2.id))!.id).toBe(c.id);
  });

  it('keeps the two queues apart', async () => {
    const escalated = await insertCase(t.db, { categoryId: 'threat', targetIsMinor: true, status: 'escalated' });
    const open = await insertCase(t.db, { categoryId: 'insult' });
    expect((await claim(mod.id, 'open'))!.id).toBe(open.id);
    await finish(open.id);
    expect((await claim(mod.id, 'escalated'))!.id).toBe(escalated.id);
  });

  it('finds the next case through cases_claimable_idx', async () => {
    const plan = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<Record<string, string>>(tx, sql`explain ${nextClaimableId('open')}`);
    });
    expect(plan.map((r) => Object.values(r)[0]).join('\n')).toContain('cases_claimable_idx');
  });
});
