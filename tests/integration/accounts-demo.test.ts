import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts } from '@/scripts/seed/demo-accounts';
import { listAccounts, loadAccountView } from '@/lib/accounts/queries';
import { pendingApprovals } from '@/lib/approvals/sources';
import { createDemoDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
const now = new Date('2025-07-25T09:00:00Z');
beforeAll(async () => {
  t = await createDemoDatabase(now);
});
afterAll(async () => { await t.drop(); });

describe('the demo accounts', () => {
  it('give the incident parties and case subjects profiles, with sanctions in every state', async () => {
    const originator = (await loadAccountView(t.db, 'poster_0', now))!;
    expect(originator.account?.handle).toBe('@chigua_01');
    expect(originator.names.length).toBeGreaterThanOrEqual(2);
    const statuses = new Set(originator.sanctions.map((s) => s.shownStatus));
    expect(statuses).toContain('proposed');
    expect(statuses).toContain('active');
    expect(originator.casesAgainst.length).toBeGreaterThan(0);
    expect((await listAccounts(t.db, { minor: true })).length).toBeGreaterThan(0);
    const kinds = (await pendingApprovals(t.db)).map((p) => p.kind);
    expect(kinds).toContain('sanction');
    expect(kinds).toContain('appeal');
    const reversed = (await loadAccountView(t.db, 'poster_3', now))!;
    expect(reversed.sanctions[0]).toMatchObject({ shownStatus: 'reversed', strike: false });
  });

  it('runs once', async () => {
    expect(await seedDemoAccounts(t.db, now)).toEqual({ accounts: 0 });
  });
});
