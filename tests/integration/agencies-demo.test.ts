import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAgencies } from '@/scripts/seed/demo-agencies';
import { listAgencies, loadAgency } from '@/lib/agencies/queries';
import { pendingApprovals } from '@/lib/approvals/sources';
import { openIdentityFlags } from '@/lib/identity-checks/queries';
import { createDemoDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
const now = new Date('2025-07-25T09:00:00Z');
beforeAll(async () => {
  t = await createDemoDatabase(now);
});
afterAll(async () => { await t.drop(); });

describe('the demo agencies', () => {
  it('are two agencies, Starlight first with members in both incidents and a past member', async () => {
    const rows = await listAgencies(t.db);
    expect(rows.map((r) => r.externalId)).toEqual(['mcn-starlight', 'mcn-harbor']);
    expect(rows[0].involvedMembers).toBeGreaterThanOrEqual(3);
    expect(rows[1].involvedMembers).toBeGreaterThanOrEqual(1);
    const starlight = (await loadAgency(t.db, rows[0].id))!;
    expect(starlight.incidents).toHaveLength(2);
    expect(starlight.members.some((m) => !m.current)).toBe(true);
  });

  it('have one proposal waiting on /approvals and one renamed account in the identity-check queue', async () => {
    const pending = (await pendingApprovals(t.db)).filter((p) => p.kind === 'agency_action');
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ urgent: true, title: { key: 'agencyAction', values: { type: 'suspend_income', agency: '星耀传媒 Starlight MCN' } } });
    const flags = await openIdentityFlags(t.db);
    expect(flags.map((f) => [f.accountId, f.oldDisplayName, f.newDisplayName, f.matchedName])).toEqual([['fan_xiaoyu_88', '每日猫咪', '林晓雨本人', '林晓雨']]);
  });

  it('seed once', async () => {
    expect(await seedDemoAgencies(t.db, now)).toEqual({ agencies: 0 });
  });
});
