import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cases, decisions, type Case, type DecisionAction, type Staff } from '@/db/schema';
import { loadDashboard } from '@/lib/dashboard/queries';
import { parseDashboardParams } from '@/lib/dashboard/period';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase, type CaseSpec } from '../support/cases';

/**
 * A hand-built week whose every figure is worked out below. Times are UTC; the console counts days
 * in Asia/Shanghai (UTC+8), so 16:00Z is local midnight. "Now" is 10 March 04:00Z (12:00 local).
 */
const tz = 'Asia/Shanghai';
const now = new Date('2026-03-10T04:00:00Z');
const at = (iso: string) => new Date(`${iso}Z`);

let t: TestDatabase;
let alice: Staff;
let bob: Staff;
let sue: Staff;

async function caseWith(spec: CaseSpec, steps: { by: Staff; action: DecisionAction; at: string }[] = []): Promise<Case> {
  const row = await insertCase(t.db, spec);
  for (const step of steps) await t.db.insert(decisions).values({ caseId: row.id, decidedBy: step.by.id, action: step.action, decidedAt: at(step.at) });
  if (steps.length > 0) {
    const final = steps.at(-1)!;
    const escalated = final.action === 'escalate';
    await t.db.update(cases).set({
      status: escalated ? 'escalated' : 'decided',
      decision: escalated ? null : final.action,
      decidedBy: escalated ? null : final.by.id,
      decidedAt: escalated ? null : at(final.at),
      firstActionAt: at(steps[0].at),
    }).where(eq(cases.id, row.id));
  }
  return row;
}

beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createStaff(t.db, 'moderator', { name: 'Alice' });
  bob = await createStaff(t.db, 'moderator', { name: 'Bob' });
  sue = await createStaff(t.db, 'supervisor', { name: 'Sue' });
  // No category: due 24 h after receipt, or 60 min when a minor is involved (lib/reports/priority.ts).
  // The helper gives report i of a case the time createdAt + i seconds.
  // C1 comment, 2 reports 03-08 02:00 (local 03-08), removed by Alice 10 min later.
  await caseWith({ channel: 'comment', reporters: 2, createdAt: at('2026-03-08T02:00:00') }, [{ by: alice, action: 'remove', at: '2026-03-08T02:10:00' }]);
  // C2 post, minor, 03-09 01:00 (local 03-09), due 02:00: escalated by Alice at 01:20, removed by Sue at 01:50 (on time).
  await caseWith({ channel: 'post', targetIsMinor: true, createdAt: at('2026-03-09T01:00:00') }, [
    { by: alice, action: 'escalate', at: '2026-03-09T01:20:00' }, { by: sue, action: 'remove', at: '2026-03-09T01:50:00' },
  ]);
  // C3 comment, minor, 03-09 05:00 (local 03-09), due 06:00: folded by Bob at 07:00 (late).
  await caseWith({ channel: 'comment', targetIsMinor: true, createdAt: at('2026-03-09T05:00:00') }, [{ by: bob, action: 'fold', at: '2026-03-09T07:00:00' }]);
  // C4 comment, 3 reports 03-09 20:00 (local 03-10 04:00): not a violation, Bob at 20:30 (local 03-10).
  await caseWith({ channel: 'comment', reporters: 3, createdAt: at('2026-03-09T20:00:00') }, [{ by: bob, action: 'not_violation', at: '2026-03-09T20:30:00' }]);
  // C5 comment, minor, 03-09 22:00 (local 03-10), due 23:00, still open: overdue now.
  await caseWith({ channel: 'comment', reporterIsMinor: true, createdAt: at('2026-03-09T22:00:00') });
  // C6 post, 03-09 10:00 (local 03-09), due 03-10 10:00: open, not yet overdue.
  await caseWith({ channel: 'post', createdAt: at('2026-03-09T10:00:00') });
  // C7 post, 03-01, due 03-02: open and overdue, long before every period below.
  await caseWith({ channel: 'post', createdAt: at('2026-03-01T00:00:00') });
  // C8 comment, received 03-07 10:00 (local 03-07 18:00), removed by Alice 03-07 17:00 (local 03-08 01:00), 7 h later.
  await caseWith({ channel: 'comment', createdAt: at('2026-03-07T10:00:00') }, [{ by: alice, action: 'remove', at: '2026-03-07T17:00:00' }]);
  // C9 comment, 03-05, decided by Bob the same hour: outside every period below.
  await caseWith({ channel: 'comment', createdAt: at('2026-03-05T00:00:00') }, [{ by: bob, action: 'warn', at: '2026-03-05T01:00:00' }]);
});
afterAll(async () => { await t.drop(); });

const figures = (params: Record<string, string>) => loadDashboard(t.db, parseDashboardParams(params, now, tz).filters, { now, timeZone: tz });
const days = (rows: { day: string; received: number; handled: number }[]) => rows.map((r) => [r.day, r.received, r.handled]);
const throughput = (rows: { name: string; decided: number; escalated: number; total: number }[]) =>
  rows.map((r) => [r.name, r.decided, r.escalated, r.total]);

describe('the supervisor dashboard', () => {
  // Local 03-08 00:00 to 03-11 00:00: 03-07 16:00Z to 03-10 16:00Z.
  const custom = { period: 'custom', from: '2026-03-08', to: '2026-03-10' };

  it('counts every figure over a custom range of whole local days', async () => {
    const f = await figures(custom);
    // Received (reports): 03-08 C1×2 = 2; 03-09 C2 + C3 + C6 = 3; 03-10 C4×3 + C5 = 4. C8 came before the range.
    // Handled (final decisions): 03-08 C1 + C8 = 2; 03-09 C2 (Sue) + C3 = 2; 03-10 C4 = 1.
    expect(days(f.days)).toEqual([['2026-03-08', 2, 2], ['2026-03-09', 3, 2], ['2026-03-10', 4, 1]]);
    expect(f.totals).toEqual({ received: 9, handled: 5 });
    // First actions in the range, seconds from first report: C1 600, C2 1200 (the escalation), C4 1800, C3 7200, C8 25200.
    // p50: position 0.5 × 4 = 2 → 1800. p95: position 0.95 × 4 = 3.8 → 7200 + 0.8 × (25200 − 7200) = 21600.
    expect(f.firstAction.cases).toBe(5);
    expect(f.firstAction.p50).toBeCloseTo(1800, 6);
    expect(f.firstAction.p95).toBeCloseTo(21600, 6);
    // Minors: C2 decided on time, C3 late, C5 open past its 03-09 23:00 deadline → 1 of 3.
    expect(f.minors).toEqual({ decided: 2, onTime: 1, missedOpen: 1, share: 1 / 3 });
    // Overdue now: C5 (minor) and C7; C6 is due at 10:00, after now.
    expect(f.overdue).toEqual({ total: 2, minors: 1 });
    // Alice: C1, C8 decided + C2 escalated = 3; Bob: C3, C4 = 2 (C9 is outside); Sue: C2 = 1.
    expect(throughput(f.moderators)).toEqual([['Alice', 2, 1, 3], ['Bob', 2, 0, 2], ['Sue', 1, 0, 1]]);
    expect(f.moderators[0].staffId).toBe(alice.id);
  });

  it('narrows every figure to one channel', async () => {
    const f = await figures({ ...custom, channel: 'comment' });
    // Comment cases only: C1, C3, C4, C5, C8 (C2, C6, C7 are posts).
    // Received: 03-08 C1×2 = 2; 03-09 C3 = 1; 03-10 C4×3 + C5 = 4. Handled: 03-08 C1 + C8; 03-09 C3; 03-10 C4.
    expect(days(f.days)).toEqual([['2026-03-08', 2, 2], ['2026-03-09', 1, 1], ['2026-03-10', 4, 1]]);
    expect(f.totals).toEqual({ received: 7, handled: 4 });
    // 600, 1800, 7200, 25200. p50: position 1.5 → (1800 + 7200) / 2 = 4500. p95: position 2.85 → 7200 + 0.85 × 18000 = 22500.
    expect(f.firstAction.cases).toBe(4);
    expect(f.firstAction.p50).toBeCloseTo(4500, 6);
    expect(f.firstAction.p95).toBeCloseTo(22500, 6);
    // C3 late, C5 open past deadline → 0 of 2.
    expect(f.minors).toEqual({ decided: 1, onTime: 0, missedOpen: 1, share: 0 });
    expect(f.overdue).toEqual({ total: 1, minors: 1 });
    expect(throughput(f.moderators)).toEqual([['Alice', 2, 0, 2], ['Bob', 2, 0, 2]]);
  });

  it('follows the last 24 hours up to now', async () => {
    const f = await figures({ period: '24h' });
    // 03-09 04:00Z to 03-10 04:00Z, i.e. local 03-09 12:00 to 03-10 12:00. C2 (01:00Z) falls before it.
    // Received: 03-09 C3 + C6 = 2; 03-10 C4×3 + C5 = 4. Handled: 03-09 C3; 03-10 C4.
    expect(days(f.days)).toEqual([['2026-03-09', 2, 1], ['2026-03-10', 4, 1]]);
    expect(f.totals).toEqual({ received: 6, handled: 2 });
    // 1800 and 7200. p50: position 0.5 → 4500. p95: position 0.95 → 1800 + 0.95 × 5400 = 6930.
    expect(f.firstAction).toMatchObject({ cases: 2 });
    expect(f.firstAction.p50).toBeCloseTo(4500, 6);
    expect(f.firstAction.p95).toBeCloseTo(6930, 6);
    expect(f.minors).toEqual({ decided: 1, onTime: 0, missedOpen: 1, share: 0 });
    expect(throughput(f.moderators)).toEqual([['Bob', 2, 0, 2]]);
    // Overdue is about now, whatever the period.
    expect(f.overdue).toEqual({ total: 2, minors: 1 });
  });

  it('has no share and no percentiles where there is nothing to measure', async () => {
    // Local 03-08 only: C1 and C8 (neither a minor); C5's deadline falls on 03-09.
    const f = await figures({ period: 'custom', from: '2026-03-08', to: '2026-03-08' });
    expect(days(f.days)).toEqual([['2026-03-08', 2, 2]]);
    expect(f.minors).toEqual({ decided: 0, onTime: 0, missedOpen: 0, share: null });
    expect(f.firstAction.cases).toBe(2);

    const empty = await figures({ period: 'custom', from: '2026-02-01', to: '2026-02-02' });
    expect(days(empty.days)).toEqual([['2026-02-01', 0, 0], ['2026-02-02', 0, 0]]);
    expect(empty.firstAction).toEqual({ cases: 0, p50: null, p95: null });
    expect(empty.moderators).toEqual([]);
  });
});
