import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { accountEvents, accountNames, accounts, agencyMemberships, auditLog, type Staff } from '@/db/schema';
import { executeAction } from '@/lib/actions/define-action';
import { receiveAccountEvents } from '@/lib/accounts/api';
import { listAccounts, loadAccountView } from '@/lib/accounts/queries';
import { applySanction } from '@/lib/sanctions/actions';
import { identityHash } from '@/lib/registration/identity-hash';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';
import { insertCase } from '../support/cases';

let t: TestDatabase;
let apiKey: string;
let mod: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  apiKey = (await createTestApiKey(t.db)).key;
  mod = await createStaff(t.db, 'moderator');
});
afterAll(async () => { await t.drop(); });

async function send(events: unknown[]) {
  const res = await receiveAccountEvents(new Request('http://test/api/v1/accounts/events', {
    method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ events }),
  }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}
const IDENTITY = '110101199003071234';

describe('account events API', () => {
  it('applies created, renamed, verified, minor and agency events, each once', async () => {
    const events = [
      { eventId: 'e1', accountId: 'acct-ev', type: 'created', at: '2026-01-01T00:00:00Z', handle: '@first', displayName: 'First Name' },
      { eventId: 'e2', accountId: 'acct-ev', type: 'renamed', at: '2026-02-01T00:00:00Z', handle: '@second', displayName: 'Second Name' },
      { eventId: 'e3', accountId: 'acct-ev', type: 'verified', at: '2026-02-02T00:00:00Z', identity: IDENTITY },
      { eventId: 'e4', accountId: 'acct-ev', type: 'minor_flag', at: '2026-02-03T00:00:00Z', isMinor: true },
      { eventId: 'e5', accountId: 'acct-ev', type: 'joined_agency', at: '2026-02-04T00:00:00Z', agency: { externalId: 'mcn-1', name: 'Star MCN' } },
    ];
    const first = await send(events);
    expect(first.status).toBe(200);
    expect(first.body.results.every((r: { replayed: boolean }) => !r.replayed)).toBe(true);
    const again = await send(events);
    expect(again.body.results.every((r: { replayed: boolean }) => r.replayed)).toBe(true);

    const [a] = await t.db.select().from(accounts).where(eq(accounts.id, 'acct-ev'));
    expect(a).toMatchObject({ handle: '@second', displayName: 'Second Name', verification: 'verified', isMinor: true, identityHash: identityHash(IDENTITY) });
    expect(a.agencyId).not.toBeNull();
    expect(await t.db.select().from(accountNames).where(eq(accountNames.accountId, 'acct-ev'))).toHaveLength(2);
    expect(await t.db.select().from(accountEvents).where(eq(accountEvents.accountId, 'acct-ev'))).toHaveLength(5);

    await send([{ eventId: 'e6', accountId: 'acct-ev', type: 'left_agency', at: '2026-03-01T00:00:00Z', agency: { externalId: 'mcn-1' } }]);
    const [after] = await t.db.select().from(accounts).where(eq(accounts.id, 'acct-ev'));
    expect(after.agencyId).toBeNull();
    const [m] = await t.db.select().from(agencyMemberships).where(eq(agencyMemberships.accountId, 'acct-ev'));
    expect(m.leftAt?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('never stores the verified identity in clear: no column of any table holds it', async () => {
    await send([{ eventId: 'v-clear', accountId: 'acct-clear', type: 'verified', at: '2026-02-02T00:00:00Z', identity: `  ${IDENTITY} ` }]);
    const tables = await t.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
    const names = ((tables as unknown as { rows?: { table_name: string }[] }).rows ?? (tables as unknown as { table_name: string }[])).map((r) => r.table_name);
    expect(names).toContain('accounts');
    for (const name of names) {
      const hit = await t.db.execute(sql`select 1 from ${sql.identifier(name)} x where x::text like ${'%' + IDENTITY + '%'} limit 1`);
      const rows = (hit as unknown as { rows?: unknown[] }).rows ?? (hit as unknown as unknown[]);
      expect(rows, `table ${name}`).toHaveLength(0);
    }
  });

  it('names the bad field and stores nothing from a bad batch', async () => {
    const bad = await send([
      { eventId: 'b1', accountId: 'acct-bad', type: 'renamed', at: '2026-02-01T00:00:00Z', handle: '@x', displayName: 'X' },
      { eventId: 'b2', accountId: 'acct-bad', type: 'verified', at: 'yesterday', identity: IDENTITY },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.errors.map((e: { field: string }) => e.field)).toContain('events.1.at');
    expect(JSON.stringify(bad.body)).not.toContain(IDENTITY);
    expect(await t.db.select().from(accounts).where(eq(accounts.id, 'acct-bad'))).toHaveLength(0);
    const unknown = await send([{ eventId: 'b3', accountId: 'acct-bad', type: 'exploded', at: '2026-02-01T00:00:00Z' }]);
    expect(unknown.body.error.errors.map((e: { field: string }) => e.field)).toContain('events.0.type');
  });

  it('audits ids and types, never the identity', async () => {
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.events'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(JSON.stringify(r.after)).not.toContain(IDENTITY);
  });
});

describe('account page and list', () => {
  it('opens an account only seen in a case, and shows its cases and sanctions with strikes', async () => {
    const c = await insertCase(t.db, { subjectAccountId: 'acct-only-reported' });
    const bare = await loadAccountView(t.db, 'acct-only-reported');
    expect(bare?.account).toBeNull();
    expect(bare?.casesAgainst.map((x) => x.id)).toEqual([c.id]);
    expect(await loadAccountView(t.db, 'nobody-at-all')).toBeNull();

    const result = await executeAction(applySanction.definition, { db: t.db, staffId: mod.id, requestId: 'acct-1' },
      { accountId: 'acct-only-reported', type: 'warning', role: 'participant', reason: 'Rude', caseIds: [c.id] });
    expect(result.ok).toBe(true);
    const view = await loadAccountView(t.db, 'acct-only-reported');
    expect(view?.account?.id).toBe('acct-only-reported');
    expect(view?.sanctions).toHaveLength(1);
    expect(view?.sanctions[0]).toMatchObject({ strike: true, shownStatus: 'active', caseIds: [c.id] });
    expect(view?.suggestions.participant.type).toBe('warning');
  });

  it('reads an active sanction past its end as ended before the worker runs', async () => {
    const view = await loadAccountView(t.db, 'acct-only-reported', new Date(Date.now() + 86_400_000));
    expect(view?.sanctions[0].shownStatus).toBe('active'); // a warning has no end
    const r = await executeAction(applySanction.definition, { db: t.db, staffId: mod.id, requestId: 'acct-2' },
      { accountId: 'acct-only-reported', type: 'mute', role: 'participant', reason: 'Again', durationHours: 1 });
    expect(r.ok).toBe(true);
    const later = await loadAccountView(t.db, 'acct-only-reported', new Date(Date.now() + 2 * 3_600_000));
    expect(later?.sanctions.find((s) => s.type === 'mute')).toMatchObject({ status: 'active', shownStatus: 'ended', strike: true });
  });

  it('searches by id, handle and former names, and filters', async () => {
    expect((await listAccounts(t.db, { q: 'acct-ev' })).map((a) => a.id)).toContain('acct-ev');
    expect((await listAccounts(t.db, { q: 'first name' })).map((a) => a.id)).toEqual(['acct-ev']);
    expect((await listAccounts(t.db, { q: '@SECOND' })).map((a) => a.id)).toEqual(['acct-ev']);
    expect((await listAccounts(t.db, { minor: true })).map((a) => a.id)).toEqual(['acct-ev']);
    expect((await listAccounts(t.db, { sanctioned: true })).map((a) => a.id)).toEqual(['acct-only-reported']);
    expect(await listAccounts(t.db, { closed: true })).toEqual([]);
    expect(await listAccounts(t.db, { agency: true })).toEqual([]);
  });
});
