import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accounts, agencies, agencyActions, agencyMemberships, auditLog, incidentCases, incidentLinks, outbox, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { approveAgencyAction, proposeAgencyAction, rejectAgencyAction, reverseAgencyAction } from '@/lib/agencies/actions';
import { listAgencies, loadAgency } from '@/lib/agencies/queries';
import { agencyActionApprovals } from '@/lib/agencies/approvals';
import { incidentMeasures } from '@/lib/incidents/measures';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase } from '../support/cases';
import { insertIncident } from '../support/incidents';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let sup2: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, sup, sup2] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `agencies-${++req}` }, input);

let n = 0;
async function agencyWithMembers(members: string[], past: string[] = []) {
  n += 1;
  const [agency] = await t.db.insert(agencies).values({ externalId: `mcn-${n}-${Date.now()}`, name: `Agency ${n}` }).returning();
  for (const id of members) await t.db.insert(accounts).values({ id, handle: `@${id}`, displayName: id, agencyId: agency.id });
  for (const id of past) {
    await t.db.insert(accounts).values({ id, handle: `@${id}`, displayName: id });
    await t.db.insert(agencyMemberships).values({ agencyId: agency.id, accountId: id, joinedAt: new Date('2026-01-01'), leftAt: new Date('2026-02-01') });
  }
  return agency;
}

describe('agencies and the incidents their accounts hyped', () => {
  it('derives hyped incidents from parties, case subjects and account links, and sorts agencies by members in open incidents', async () => {
    const tag = `${Date.now()}`;
    const a = await agencyWithMembers([`m1-${tag}`, `m2-${tag}`], [`past-${tag}`]);
    const hot = await insertIncident(t.db);
    const closed = await insertIncident(t.db, { status: 'closed' });
    // m1 is a case subject in the hot incident, the past member is linked to it, m2 only to the closed one.
    const c = await insertCase(t.db, { subjectAccountId: `m1-${tag}` });
    await t.db.insert(incidentCases).values({ incidentId: hot.incident.id, caseId: c.id });
    await t.db.insert(incidentLinks).values({ incidentId: hot.incident.id, kind: 'account', ref: `past-${tag}` });
    await t.db.insert(incidentLinks).values({ incidentId: closed.incident.id, kind: 'account', ref: `m2-${tag}` });
    const quiet = await agencyWithMembers([`q-${tag}`]);

    const detail = (await loadAgency(t.db, a.id))!;
    expect(detail.members.map((m) => [m.accountId, m.current])).toEqual(expect.arrayContaining([[`m1-${tag}`, true], [`m2-${tag}`, true], [`past-${tag}`, false]]));
    expect(detail.incidents.map((i) => [i.id, i.members])).toEqual([[hot.incident.id, 2], [closed.incident.id, 1]]);

    const list = await listAgencies(t.db);
    const row = list.find((r) => r.id === a.id)!;
    expect(row).toMatchObject({ currentMembers: 2, involvedMembers: 2 });
    expect(list.findIndex((r) => r.id === a.id)).toBeLessThan(list.findIndex((r) => r.id === quiet.id));
  });
});

describe('agency actions, four eyes', () => {
  it('a moderator proposes; neither the proposer nor a moderator may approve; another supervisor approves, which writes outbox and audit', async () => {
    const a = await agencyWithMembers([]);
    const { incident } = await insertIncident(t.db);
    const proposed = await call(proposeAgencyAction, mod, { agencyId: a.id, type: 'suspend_income', reason: 'Paid accounts to pile on', incidentId: incident.id });
    expect(proposed.ok).toBe(true);
    const actionId = proposed.ok ? proposed.data.id : '';

    const pending = (await agencyActionApprovals(t.db)).find((p) => p.id === actionId);
    expect(pending).toMatchObject({ kind: 'agency_action', urgent: true, href: `/agencies/${a.id}#action-${actionId}`, title: { key: 'agencyAction', values: { type: 'suspend_income', agency: a.name } } });

    expect(await call(approveAgencyAction, mod, { actionId, reason: 'looks right' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const bySup = await call(proposeAgencyAction, sup, { agencyId: a.id, type: 'warning', reason: 'Warn them too' });
    const ownId = bySup.ok ? bySup.data.id : '';
    expect(await call(approveAgencyAction, sup, { actionId: ownId, reason: 'my own' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(rejectAgencyAction, sup, { actionId: ownId, reason: 'my own' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    expect(await call(approveAgencyAction, sup2, { actionId, reason: 'Evidence of paid pile-on' })).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(agencyActions).where(eq(agencyActions.id, actionId));
    expect(row).toMatchObject({ status: 'active', decidedBy: sup2.id, decisionReason: 'Evidence of paid pile-on' });
    const messages = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'agency.action_applied'), eq(outbox.key, a.externalId)));
    expect(messages).toHaveLength(1);
    expect(messages[0].payload).toMatchObject({ actionId, type: 'suspend_income', agencyId: a.externalId });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'agency.approveAction'), eq(auditLog.targetId, a.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: sup2.id, requestId: `agencies-${req}` });
    expect(await incidentMeasures(t.db, incident.id)).toMatchObject({ agencyActions: 1 });

    // Deciding twice is refused; reversal by a supervisor announces the lift.
    expect(await call(rejectAgencyAction, sup, { actionId, reason: 'too late' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call(reverseAgencyAction, sup, { actionId, reason: 'Agency removed the paid accounts' })).toMatchObject({ ok: true });
    expect(await t.db.select().from(outbox).where(and(eq(outbox.topic, 'agency.action_reversed'), eq(outbox.key, a.externalId)))).toHaveLength(1);
  });

  it('a rejection needs a reason and leaves nothing applied', async () => {
    const a = await agencyWithMembers([]);
    const proposed = await call(proposeAgencyAction, mod, { agencyId: a.id, type: 'expel', reason: 'Organised brigading' });
    const actionId = proposed.ok ? proposed.data.id : '';
    expect(await call(rejectAgencyAction, sup, { actionId, reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(rejectAgencyAction, sup, { actionId, reason: 'Not enough evidence' })).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(agencyActions).where(eq(agencyActions.id, actionId));
    expect(row).toMatchObject({ status: 'rejected', decidedBy: sup.id });
    expect(await t.db.select().from(outbox).where(eq(outbox.key, a.externalId))).toHaveLength(0);
    expect((await agencyActionApprovals(t.db)).some((p) => p.id === actionId)).toBe(false);
    expect(await call(reverseAgencyAction, sup2, { actionId, reason: 'nothing to lift' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
