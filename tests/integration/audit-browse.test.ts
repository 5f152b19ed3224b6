import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@/db/query';
import { browseAudit } from '@/lib/audit/queries';
import { decodeCursor, type AuditFilters } from '@/lib/audit/filters';
import { writeAudit } from '@/lib/audit/write';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
type Row = { id: number; ms: number; actor_id: string | null; actor_type: string; action: string; target_type: string | null; target_id: string | null };
let all: Row[];

const base = Date.parse('2026-03-01T00:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  // 400 rows whose time order disagrees with their id order, with ties on `at` (three rows per
  // microsecond) and neighbours a microsecond apart, which a millisecond cursor could not tell apart.
  await t.db.execute(sql`
    insert into audit_log (at, actor_type, actor_id, actor_label, action, target_type, target_id, after, request_id)
    select timestamptz '2026-03-01 00:00:00+00' + (g / 3) * interval '1 microsecond' + (g % 5) * interval '1 minute',
           case when g % 11 = 0 then 'system' else 'staff' end,
           case when g % 11 = 0 then null else 'actor-' || (g % 3) end,
           'label',
           (array['staff.create', 'staff.deactivate', 'apikey.create', 'staffing.other', 'sta%'])[1 + g % 5],
           case when g % 2 = 0 then 'staff' else 'api_key' end,
           't' || (g % 10),
           jsonb_build_object('g', g),
           'seed'
    from generate_series(1, 400) g`);
  all = await queryRows<Row>(t.db, sql`
    select id::int as id, floor(extract(epoch from at) * 1000)::float8 as ms, actor_id, actor_type, action, target_type, target_id
    from audit_log order by at desc, id desc`);
});
afterAll(async () => { await t.drop(); });

async function everyPage(filters: AuditFilters, limit: number) {
  const ids: number[] = [];
  let after = null;
  let pages = 0;
  do {
    const page = await browseAudit(t.db, filters, { after: decodeCursor(after), limit });
    expect(page.entries.length).toBeLessThanOrEqual(limit);
    ids.push(...page.entries.map((e) => e.id));
    after = page.nextCursor;
    pages += 1;
  } while (after && pages < 1000);
  return { ids, pages };
}

const cases: [string, AuditFilters, (r: Row) => boolean][] = [
  ['no filter', {}, () => true],
  ['an actor', { actorId: 'actor-1' }, (r) => r.actor_id === 'actor-1'],
  ['an actor type', { actorType: 'system' }, (r) => r.actor_type === 'system'],
  ['an exact action', { action: 'staff.create' }, (r) => r.action === 'staff.create'],
  ['an action prefix, not a longer word', { action: 'staff' }, (r) => r.action.startsWith('staff.')],
  ['an action with LIKE wildcards taken literally', { action: 'sta%' }, (r) => r.action === 'sta%'],
  ['a target', { targetType: 'staff', targetId: 't4' }, (r) => r.target_type === 'staff' && r.target_id === 't4'],
  [
    'a time range',
    { since: new Date(base + 60_000), until: new Date(base + 3 * 60_000) },
    (r) => r.ms >= base + 60_000 && r.ms < base + 3 * 60_000,
  ],
];

describe('browsing the audit log', () => {
  it('starts from 400 seeded rows', () => expect(all).toHaveLength(400));

  for (const [label, filters, keep] of cases) {
    it(`pages by ${label}: every matching row exactly once, newest first`, async () => {
      const expected = all.filter(keep).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThanOrEqual(400);
      const { ids, pages } = await everyPage(filters, 7);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expected);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / 7)));
    });
  }

  it('returns before/after and the request id, and no next page after the last', async () => {
    const page = await browseAudit(t.db, { action: 'staff.create', targetId: 't0' }, { limit: 500 });
    expect(page.nextCursor).toBeNull();
    expect(page.entries[0]).toMatchObject({ action: 'staff.create', targetId: 't0', requestId: 'seed', before: null });
    expect(page.entries[0].after).toEqual({ g: expect.any(Number) });
    expect(page.entries[0].at).toBeInstanceOf(Date);
  });

  it('is not shifted by rows written while someone pages', async () => {
    const first = await browseAudit(t.db, {}, { limit: 50 });
    await t.db.transaction((tx) => writeAudit(tx, { type: 'system', id: null, label: 'test' }, 'late', [{ action: 'late.one' }, { action: 'late.two' }]));
    const rest: number[] = [];
    let after = first.nextCursor;
    while (after) {
      const page = await browseAudit(t.db, {}, { after: decodeCursor(after), limit: 100 });
      rest.push(...page.entries.map((e) => e.id));
      after = page.nextCursor;
    }
    expect([...first.entries.map((e) => e.id), ...rest]).toEqual(all.map((r) => r.id));
  });
});
