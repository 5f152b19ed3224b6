import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { cases, decisions, type Case, type DecisionAction, type Staff } from '@/db/schema';
import { loadDashboard, type DashboardFigures, type FigureFilters } from '@/lib/dashboard/queries';
import { parseDashboardParams, splitPeriod } from '@/lib/dashboard/period';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase, type CaseSpec } from '../support/cases';

/**
 * The 30-day view ending mid-hour reads three sources: whole local days from the daily rollups,
 * whole hours of the two edge days from the hourly rollups, and the minutes before the first and
 * after the last whole hour from the rows. The fixture puts work in each; every figure is worked out
 * by hand, and equals what the rows alone give. Now is 10 March 04:25Z (12:25 in Shanghai, UTC+8), so
 * the period starts 8 February 04:25Z: rows 04:25–05:00Z, hours 05:00–16:00Z (local midnight), days
 * 9 February to 9 March, hours 9 March 16:00Z to 10 March 04:00Z, rows 04:00–04:25Z.
 */
const tz = 'Asia/Shanghai';
const now = new Date('2026-03-10T04:25:00Z');
const at = (iso: string) => new Date(`${iso}Z`);

let t: TestDatabase;
let alice: Staff;
let bob: Staff;
let sue: Staff;
let h1: Case;

async function caseWith(spec: CaseSpec, steps: { by: Staff; action: DecisionAction; at: string }[] = []): Promise<Case> {
  const row = await insertCase(t.db, spec);
  for (const step of steps) await t.db.insert(decisions).values({ caseId: row.id, decidedBy: step.by.id, action: step.action, decidedAt: at(step.at) });
  if (steps.length > 0) {
    const final = steps.at(-1)!;
    const escalated = final.action === 'escalate';
    await t.db.update(cases).set({
      status: escalated ? 'escalated' : 'decided', decision: escalated ? null : final.action,
      decidedBy: escalated ? null : final.by.id, decidedAt: escalated ? null : at(final.at), firstActionAt: at(steps[0].at),
    }).where(eq(cases.id, row.id));
  }
  return row;
}

beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createStaff(t.db, 'moderator', { name: 'Alice' });
  bob = await createStaff(t.db, 'moderator', { name: 'Bob' });
  sue = await createStaff(t.db, 'supervisor', { name: 'Sue' });
  // No category: due 24 h after receipt, 60 min when a minor is involved.
  // E0 comment 02-08 04:20Z, removed by Alice at 04:21Z: five minutes before the period.
  await caseWith({ channel: 'comment', createdAt: at('2026-02-08T04:20:00') }, [{ by: alice, action: 'remove', at: '2026-02-08T04:21:00' }]);
  // E1 comment 02-08 04:30Z (local 12:30), removed by Alice at 04:40Z (600 s): the left rows.
  await caseWith({ channel: 'comment', createdAt: at('2026-02-08T04:30:00') }, [{ by: alice, action: 'remove', at: '2026-02-08T04:40:00' }]);
  // H1 post 02-08 06:00Z (local 14:00), folded by Bob at 07:00Z (3600 s): the left hours.
  h1 = await caseWith({ channel: 'post', createdAt: at('2026-02-08T06:00:00') }, [{ by: bob, action: 'fold', at: '2026-02-08T07:00:00' }]);
  // D1 comment, 2 reports 02-20 02:00Z (local 10:00), not a violation, Bob at 02:30Z (1800 s): a whole day.
  await caseWith({ channel: 'comment', reporters: 2, createdAt: at('2026-02-20T02:00:00') }, [{ by: bob, action: 'not_violation', at: '2026-02-20T02:30:00' }]);
  // O1 post 03-01 00:00Z (local 08:00), due 03-02: open and overdue (a whole day; its deadline a whole hour).
  await caseWith({ channel: 'post', createdAt: at('2026-03-01T00:00:00') });
  // H2 comment, minor, 03-10 01:00Z (local 09:00), due 02:00Z: escalated by Alice at 01:20Z (1200 s),
  // removed by Sue at 01:50Z, on time: the right hours.
  await caseWith({ channel: 'comment', targetIsMinor: true, createdAt: at('2026-03-10T01:00:00') }, [
    { by: alice, action: 'escalate', at: '2026-03-10T01:20:00' }, { by: sue, action: 'remove', at: '2026-03-10T01:50:00' },
  ]);
  // R2 comment, minor, 03-10 03:10Z (an hour), due 04:10Z (the right rows): still open, past its deadline.
  await caseWith({ channel: 'comment', reporterIsMinor: true, createdAt: at('2026-03-10T03:10:00') });
  // R1 post, minor, 03-10 04:05Z, due 05:05Z, warned by Bob at 04:15Z (600 s), on time: the right rows.
  await caseWith({ channel: 'post', targetIsMinor: true, createdAt: at('2026-03-10T04:05:00') }, [{ by: bob, action: 'warn', at: '2026-03-10T04:15:00' }]);
});
afterAll(async () => { await t.drop(); });

const thirtyDays = () => parseDashboardParams({ period: '30d' }, now, tz).filters;
const load = (f: FigureFilters, timeZone = tz, source?: 'raw') => loadDashboard(t.db, f, { now, timeZone, source });
const busyDays = (f: DashboardFigures) => f.days.filter((d) => d.received || d.handled).map((d) => [d.day, d.received, d.handled]);

describe('the 30-day view ending mid-hour', () => {
  it('is cut into rows, hours and days as the fixture assumes', () => {
    const f = thirtyDays();
    expect(f.from).toEqual(at('2026-02-08T04:25:00'));
    expect(splitPeriod(f.from, f.to, tz)).toEqual({
      days: { from: '2026-02-09', to: '2026-03-10' },
      hours: [[at('2026-02-08T05:00:00'), at('2026-02-08T16:00:00')], [at('2026-03-09T16:00:00'), at('2026-03-10T04:00:00')]],
      edges: [[at('2026-02-08T04:25:00'), at('2026-02-08T05:00:00')], [at('2026-03-10T04:00:00'), now]],
    });
  });

  it('counts every figure, worked out by hand, from the rollups and the rows alike', async () => {
    const f = await load(thirtyDays());
    // Received: 02-08 E1 + H1; 02-20 D1×2; 03-01 O1; 03-10 H2 + R2 + R1. E0 came before the period.
    // Handled: 02-08 E1 + H1; 02-20 D1; 03-10 H2 (Sue) + R1.
    expect(busyDays(f)).toEqual([['2026-02-08', 2, 2], ['2026-02-20', 2, 1], ['2026-03-01', 1, 0], ['2026-03-10', 3, 2]]);
    expect(f.days).toHaveLength(31);
    expect(f.totals).toEqual({ received: 8, handled: 5 });
    expect(f.outcomes).toEqual({ not_violation: 1, fold: 1, remove: 2, warn: 1, escalate: 1 });
    // First actions: 600 (E1), 600 (R1), 1200 (H2), 1800 (D1), 3600 (H1). p50: position 2 → 1200.
    // p95: position 3.8 → 1800 + 0.8 × 1800 = 3240.
    expect(f.firstAction.cases).toBe(5);
    expect(f.firstAction.p50).toBeCloseTo(1200, 6);
    expect(f.firstAction.p95).toBeCloseTo(3240, 6);
    // Minors: H2 and R1 decided on time; R2 open past its 04:10Z deadline → 2 of 3.
    expect(f.minors).toEqual({ decided: 2, onTime: 2, missedOpen: 1, share: 2 / 3 });
    // Overdue now: O1 (deadline in a whole hour long past) and R2 (deadline in this hour, a minor).
    expect(f.overdue).toEqual({ total: 2, minors: 1 });
    // Bob: H1, D1, R1; Alice: E1 + H2 escalated (E0 is outside); Sue: H2.
    expect(f.moderators.map((m) => [m.name, m.decided, m.escalated, m.total])).toEqual([['Bob', 3, 0, 3], ['Alice', 1, 1, 2], ['Sue', 1, 0, 1]]);
    expect(await load(thirtyDays(), tz, 'raw')).toEqual(f);
  });

  it('gives the rows\' figures for one channel, in a whole-hour zone without daily rollups, and off the whole hour', async () => {
    const comments = { ...thirtyDays(), channel: 'comment' as const };
    expect(await load(comments)).toEqual(await load(comments, tz, 'raw'));
    expect((await load(comments)).totals).toEqual({ received: 5, handled: 3 });
    for (const zone of ['Europe/Berlin', 'Asia/Kolkata']) {
      const f = parseDashboardParams({ period: '30d' }, now, zone).filters;
      expect(await load(f, zone)).toEqual(await load(f, zone, 'raw'));
    }
  });

  it('follows a first action that moves (a decision undone) in the hourly rollups too', async () => {
    // H1's first action moves from 07:00Z to 02-09 07:00Z (from the left hours into a whole day).
    await t.db.update(cases).set({ firstActionAt: at('2026-02-09T07:00:00') }).where(eq(cases.id, h1.id));
    const f = await load(thirtyDays());
    expect(f.firstAction.cases).toBe(5);
    expect(f).toEqual(await load(thirtyDays(), tz, 'raw'));
    // A case decided moves out of the open deadlines: R2 decided now, overdue drops to O1 alone.
    await t.db.execute(sql`update cases set status = 'decided', decision = 'fold', decided_at = ${now.toISOString()}::timestamptz
      where reporter_count = 1 and channel = 'comment' and status = 'open'`);
    const after = await load(thirtyDays());
    expect(after.overdue).toEqual({ total: 1, minors: 0 });
    expect(after.minors.missedOpen).toBe(0);
    expect(after).toEqual(await load(thirtyDays(), tz, 'raw'));
  });
});
