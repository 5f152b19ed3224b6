import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Staff } from '@/db/schema';
import { queryRows } from '@/db/query';
import { listQueue, queueCounts } from '@/lib/reports/queue';
import { queueFilters, type QueueFilters } from '@/lib/reports/queue-filters';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase, insertCases, type CaseSpec } from '../support/cases';

let t: TestDatabase;
let mod: Staff;
const hour = 3_600_000;

beforeAll(async () => {
  t = await createTestDatabase();
  mod = await createStaff(t.db, 'moderator');
  // One undecided case per moderator (a unique index): every seventh case has its own holder, mod the open one at i = 7.
  const others = await Promise.all(Array.from({ length: 34 }, () => createStaff(t.db, 'moderator')));
  const holders = [others[0], mod, ...others.slice(1)];
  const base = Date.now() - 48 * hour;
  const categories = ['insult', 'derision', 'threat', 'self_harm', 'rumour', null];
  const channels = ['comment', 'post', 'private_message', 'livestream'] as const;
  const specs: CaseSpec[] = Array.from({ length: 240 }, (_, i) => ({
    channel: channels[i % 4],
    categoryId: categories[i % 6],
    targetIsMinor: i % 11 === 0,
    reporterIsMinor: i % 29 === 0,
    reporters: 1 + (i % 3),
    // Few distinct timestamps: many rows share priority and created_at, so the id decides the order.
    createdAt: new Date(base + (i % 5) * 20 * hour),
    status: i % 13 === 0 ? 'escalated' : i % 17 === 0 ? 'decided' : 'open',
    claimedBy: i % 7 === 0 ? holders[i / 7].id : null,
  }));
  await insertCases(t.db, specs);
  // Microseconds the JS Date cannot carry: a cursor that dropped them would repeat rows.
  await t.db.execute(sql`update cases set created_at = created_at + make_interval(secs => (get_byte(uuid_send(id), 0) % 3) / 1000000.0)`);
});
afterAll(async () => { await t.drop(); });

/** The expected order, straight from SQL. */
async function expected(where: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(t.db, sql.raw(`select id from cases where ${where} order by priority desc, created_at, id`));
  return rows.map((r) => r.id);
}

async function walk(filters: Partial<QueueFilters>, pageSize: number) {
  const parsed = queueFilters.parse(filters);
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 500; pages += 1) {
    const page = await listQueue(t.db, parsed, cursor, pageSize, mod.id);
    expect(page.rows.length).toBeLessThanOrEqual(pageSize);
    seen.push(...page.rows.map((r) => r.id));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error('too many pages');
}

describe('the queue list', () => {
  const cases: [string, Partial<QueueFilters>, string][] = [
    ['open (the default)', {}, `status = 'open'`],
    ['all undecided', { status: 'undecided' }, `status <> 'decided'`],
    ['escalated', { status: 'escalated' }, `status = 'escalated'`],
    ['decided', { status: 'decided' }, `status = 'decided'`],
    ['minors only', { minors: true, status: 'undecided' }, `status <> 'decided' and involves_minor`],
    ['a channel and a category', { channel: 'comment', category: 'insult' }, `status = 'open' and channel = 'comment' and category_id = 'insult'`],
    ['overdue only', { overdue: true }, `status = 'open' and due_at < now()`],
  ];
  for (const [name, filters, where] of cases) {
    it(`pages by keyset over every row exactly once: ${name}`, async () => {
      const want = await expected(where);
      expect(want.length).toBeGreaterThan(0);
      for (const size of [7, 50]) {
        const got = await walk(filters, size);
        expect(got).toEqual(want);
      }
    });
  }

  it('pages over the cases claimed by me', async () => {
    const want = await expected(`status = 'open' and claimed_by = '${mod.id}'`);
    expect(want).toHaveLength(1);
    expect(await walk({ mine: true }, 4)).toEqual(want);
  });

  it('gives a plain-text preview, counts, due time, overdue flag and the claimant', async () => {
    // mod hands back the case they held, to hold this one.
    await t.db.execute(sql`update cases set claimed_by = null, lease_expires_at = null where claimed_by = ${mod.id}`);
    const c = await insertCase(t.db, {
      categoryId: 'threat', targetIsMinor: true, reporters: 4, claimedBy: mod.id, createdAt: new Date(Date.now() - 2 * hour),
      text: `<b>line one</b>\n\n   line two ${'x'.repeat(400)}`,
    });
    const { rows } = await listQueue(t.db, queueFilters.parse({ mine: true, minors: true }), null, 50, mod.id);
    const row = rows.find((r) => r.id === c.id)!;
    expect(row).toMatchObject({ reporterCount: 4, reportCount: 4, involvesMinor: true, overdue: true, claimedBy: mod.id, claimantName: mod.name, categoryId: 'threat' });
    expect(row.preview.startsWith('<b>line one</b> line two x')).toBe(true);
    expect(row.preview.length).toBeLessThanOrEqual(160);
    expect(new Date(row.dueAt).getTime()).toBe(c.dueAt.getTime());
  });

  it('starts from the top when the cursor is not one it issued', async () => {
    const first = await listQueue(t.db, queueFilters.parse({}), null, 5);
    expect((await listQueue(t.db, queueFilters.parse({}), 'garbage!!', 5)).rows).toEqual(first.rows);
  });

  it('counts open, minors, overdue and escalated cases for the header', async () => {
    const [want] = await queryRows<Record<string, number>>(t.db, sql`select
      count(*) filter (where status = 'open')::int as open,
      count(*) filter (where status = 'open' and involves_minor)::int as minors,
      count(*) filter (where status <> 'decided' and due_at < now())::int as overdue,
      count(*) filter (where status = 'escalated')::int as escalated from cases`);
    expect(await queueCounts(t.db)).toEqual(want);
    expect(want.minors).toBeGreaterThan(0);
    expect(want.overdue).toBeGreaterThan(0);
  });
});
