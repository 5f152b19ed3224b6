import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@/db/query';
import { planDemoReports, seedDemoReports } from '@/scripts/seed/demo-reports';
import { verifyEvidence } from '@/lib/reports/evidence';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
const now = new Date('2025-07-25T09:00:00Z');
let first: { reports: number };
beforeAll(async () => {
  t = await createTestDatabase();
  first = await seedDemoReports(t.db, now);
});
afterAll(async () => { await t.drop(); });

const one = async <T>(query: ReturnType<typeof sql>) => (await queryRows<T>(t.db, query))[0];

describe('the demo reports', () => {
  it('stores 300+ reports across every channel and category', async () => {
    expect(first.reports).toBeGreaterThanOrEqual(300);
    const spread = await one<{ reports: number; channels: number; categories: number }>(sql`
      select count(*)::int as reports, count(distinct channel)::int as channels, count(distinct category_id)::int as categories from reports`);
    expect(spread).toEqual({ reports: first.reports, channels: 9, categories: 9 });
  });

  it('has minors, overdue cases and subjects piled on by many reporters', async () => {
    const queue = await one<{ minors: number; overdue: number; overdue_minors: number; piled: number; most: number; self_harm: number }>(sql`
      select count(*) filter (where involves_minor)::int as minors,
             count(*) filter (where due_at < ${now.toISOString()}::timestamptz)::int as overdue,
             count(*) filter (where involves_minor and due_at < ${now.toISOString()}::timestamptz)::int as overdue_minors,
             count(*) filter (where reporter_count >= 10)::int as piled,
             max(reporter_count)::int as most,
             count(*) filter (where self_harm)::int as self_harm
      from cases`);
    expect(queue.minors).toBeGreaterThan(5);
    expect(queue.overdue).toBeGreaterThan(10);
    expect(queue.overdue_minors).toBeGreaterThan(0);
    expect(queue.piled).toBeGreaterThanOrEqual(8);
    expect(queue.most).toBeLessThanOrEqual(40);
    expect(queue.self_harm).toBeGreaterThan(0);
    const fresh = await one<{ n: number }>(sql`select count(*)::int as n from cases where due_at > ${now.toISOString()}::timestamptz`);
    expect(fresh.n).toBeGreaterThan(10);
  });

  it('speaks Chinese and English, and every snapshot verifies', async () => {
    const snapshots = await queryRows<{ content: { text: string }; sha256: string }>(t.db, sql`select content, sha256 from evidence_snapshots`);
    expect(snapshots.some((s) => /[\u4e00-\u9fff]/.test(s.content.text))).toBe(true);
    expect(snapshots.some((s) => !/[\u4e00-\u9fff]/.test(s.content.text) && /\b[a-z]{4,}\b/.test(s.content.text))).toBe(true);
    expect(snapshots.every((s) => verifyEvidence(s.content, s.sha256))).toBe(true);
  });

  it('is the same on every run, and a second run stores nothing', async () => {
    expect(JSON.stringify(planDemoReports(now))).toBe(JSON.stringify(planDemoReports(now)));
    expect(await seedDemoReports(t.db, now)).toEqual({ reports: 0 });
    expect((await one<{ n: number }>(sql`select count(*)::int as n from reports`)).n).toBe(first.reports);
  });
});
