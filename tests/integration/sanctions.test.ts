import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accounts, auditLog, outbox, sanctionCases, sanctions, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { applySanction, approveSanction, proposeSanction, rejectSanction, removeLadderStep, saveLadderStep } from '@/lib/sanctions/actions';
import { endExpiredSanctions } from '@/lib/sanctions/expire';
import { suggestionFor, loadLadder } from '@/lib/sanctions/suggest';
import { pendingApprovals } from '@/lib/approvals/sources';
import { incidentMeasures } from '@/lib/incidents/measures';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase } from '../support/cases';
import { insertIncident } from '../support/incidents';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let sup2: Staff;
let admin: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, sup, sup2, admin] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'admin')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `sanctions-${++req}` }, input);
async function ok<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown): Promise<O> {
  const result = await call(action, who, input);
  if (!result.ok) throw new Error(`${action.definition.name}: ${result.error.message}`);
  return result.data;
}
let n = 0;
const account = () => `sanction-acct-${++n}-${Date.now()}`;
const load = async (id: string) => (await t.db.select().from(sanctions).where(eq(sanctions.id, id)))[0];
const outboxFor = (topic: string, accountId: string) => t.db.select().from(outbox).where(and(eq(outbox.topic, topic), eq(outbox.key, accountId)));

describe('direct sanctions', () => {
  it('a moderator mutes for 3 days at once, on an account only seen in a case: the bare account row is created, the cases linked, the outbox told', async () => {
    const c = await insertCase(t.db, {});
    const { id, status } = await ok(applySanction, mod, { accountId: c.subjectAccountId, type: 'mute', role: 'participant', reason: 'Insults in replies', durationHours: 72, caseIds: [c.id] });
    expect(status).toBe('active');
    const s = await load(id);
    expect(s.endsAt!.getTime() - s.startsAt!.getTime()).toBe(72 * 3_600_000);
    expect(s.standardsVersion).not.toBeNull();
    expect(s.suggestion).toMatchObject({ type: 'prepost_warning' });
    expect(await t.db.select().from(accounts).where(eq(accounts.id, c.subjectAccountId))).toHaveLength(1);
    expect(await t.db.select().from(sanctionCases).where(eq(sanctionCases.sanctionId, id))).toHaveLength(1);
    expect(await outboxFor('sanction.applied', c.subjectAccountId)).toHaveLength(1);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'sanction.apply'), eq(auditLog.targetId, id)));
    expect(audit.actorId).toBe(mod.id);
  });

  it('a moderator cannot apply a 30-day mute directly, nor a closure; proposing works', async () => {
    const accountId = account();
    const long = await call(applySanction, mod, { accountId, type: 'mute', role: 'inciter', reason: 'Repeated pile-ons', durationHours: 720 });
    expect(long).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const closure = await call(applySanction, sup, { accountId, type: 'closure', role: 'originator', reason: 'Started the rumour' });
    expect(closure).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.db.select().from(sanctions).where(eq(sanctions.accountId, accountId))).toHaveLength(0);
    const proposed = await ok(proposeSanction, mod, { accountId, type: 'mute', role: 'inciter', reason: 'Repeated pile-ons', durationHours: 720 });
    expect(proposed.status).toBe('proposed');
    expect(await outboxFor('sanction.applied', accountId)).toHaveLength(0);
  });
});

describe('four eyes', () => {
  it('the proposer cannot approve their own closure, a moderator cannot approve, another supervisor can: the account closes', async () => {
    const accountId = account();
    const { id } = await ok(proposeSanction, sup, { accountId, type: 'closure', role: 'originator', reason: 'Originated the doxxing thread' });
    expect((await pendingApprovals(t.db)).some((p) => p.kind === 'sanction' && p.id === id)).toBe(true);

    expect(await call(approveSanction, sup, { sanctionId: id, reason: 'Looks right' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(approveSanction, mod, { sanctionId: id, reason: 'Looks right' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(approveSanction, sup2, { sanctionId: id, reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await load(id)).status).toBe('proposed');

    await ok(approveSanction, sup2, { sanctionId: id, reason: 'Evidence is clear' });
    const s = await load(id);
    expect(s).toMatchObject({ status: 'active', decidedBy: sup2.id, decisionReason: 'Evidence is clear' });
    expect((await t.db.select().from(accounts).where(eq(accounts.id, accountId)))[0].status).toBe('closed');
    expect(await outboxFor('sanction.applied', accountId)).toHaveLength(1);
    expect((await pendingApprovals(t.db)).some((p) => p.id === id)).toBe(false);
    expect(await call(rejectSanction, sup2, { sanctionId: id, reason: 'Second thoughts' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a rejection with a reason leaves the account open and tells the platform nothing', async () => {
    const accountId = account();
    const { id } = await ok(proposeSanction, mod, { accountId, type: 'closure', role: 'participant', reason: 'Too many reports' });
    await ok(rejectSanction, sup, { sanctionId: id, reason: 'Participant only: a mute is enough' });
    expect((await load(id)).status).toBe('rejected');
    expect((await t.db.select().from(accounts).where(eq(accounts.id, accountId)))[0].status).toBe('active');
    expect(await outboxFor('sanction.applied', accountId)).toHaveLength(0);
  });

  it('a proposal on a minor or in an incident is urgent on /approvals', async () => {
    const minor = account();
    await t.db.insert(accounts).values({ id: minor, isMinor: true });
    const { id: a } = await ok(proposeSanction, mod, { accountId: minor, type: 'dm_suspension', role: 'participant', reason: 'Harassing DMs', durationHours: 720 });
    const { incident } = await insertIncident(t.db);
    const { id: b } = await ok(proposeSanction, mod, { accountId: account(), type: 'referral', role: 'originator', reason: 'Threats', incidentId: incident.id });
    const { id: c } = await ok(proposeSanction, mod, { accountId: account(), type: 'closure', role: 'participant', reason: 'Spam' });
    const pending = await pendingApprovals(t.db);
    const urgent = (id: string) => pending.find((p) => p.id === id)?.urgent;
    expect([urgent(a), urgent(b), urgent(c)]).toEqual([true, true, false]);
  });
});

describe('expiry', () => {
  it('a timed mute ends at its end time, once, with an audit row by the system and an outbox message', async () => {
    const accountId = account();
    const { id } = await ok(applySanction, mod, { accountId, type: 'mute', role: 'participant', reason: 'Brief pile-on', durationHours: 24 });
    const s = await load(id);
    expect(await endExpiredSanctions(t.db, new Date(s.endsAt!.getTime() - 1000))).toBe(0);
    expect((await load(id)).status).toBe('active');
    expect(await endExpiredSanctions(t.db, new Date(s.endsAt!.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    expect(await load(id)).toMatchObject({ status: 'ended' });
    expect(await outboxFor('sanction.ended', accountId)).toHaveLength(1);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'sanction.end'), eq(auditLog.targetId, id)));
    expect(audit.actorType).toBe('system');
    expect(await endExpiredSanctions(t.db, new Date(s.endsAt!.getTime() + 5000))).toBe(0);
    expect(await outboxFor('sanction.ended', accountId)).toHaveLength(1);
  });

  it('two workers running at once end each sanction once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await ok(applySanction, mod, { accountId: account(), type: 'dm_suspension', role: 'participant', reason: 'DMs', durationHours: 1 })).id);
    const later = new Date(Date.now() + 2 * 3_600_000);
    const [a, b] = await Promise.all([endExpiredSanctions(t.db, later), endExpiredSanctions(t.db, later)]);
    expect(a + b).toBeGreaterThanOrEqual(4);
    for (const id of ids) expect((await load(id)).status).toBe('ended');
    const ended = await t.db.select().from(outbox).where(eq(outbox.topic, 'sanction.ended'));
    expect(ended.filter((o) => ids.includes((o.payload as { sanctionId: string }).sanctionId))).toHaveLength(4);
  });
});

describe('ladder', () => {
  it('suggests from the stored ladder and history; strikes climb the ladder', async () => {
    const accountId = account();
    expect((await suggestionFor(t.db, accountId, 'originator')).type).toBe('mute');
    await ok(applySanction, mod, { accountId, type: 'warning', role: 'originator', reason: 'First' });
    await ok(applySanction, mod, { accountId, type: 'warning', role: 'originator', reason: 'Second' });
    const s = await suggestionFor(t.db, accountId, 'originator');
    expect(s.type).toBe('closure');
    expect(s.reasons).toContainEqual({ code: 'strikes', count: 2, days: 90 });
  });

  it('an admin edits and removes steps; others may not', async () => {
    const { id } = await ok(saveLadderStep, admin, { role: 'participant', minStrikes: 9, type: 'closure' });
    expect((await loadLadder(t.db)).find((s) => s.id === id)).toMatchObject({ role: 'participant', minStrikes: 9, type: 'closure', durationHours: null });
    await ok(saveLadderStep, admin, { role: 'participant', minStrikes: 9, type: 'mute', durationHours: 720 });
    expect((await loadLadder(t.db)).filter((s) => s.role === 'participant' && s.minStrikes === 9)).toEqual([expect.objectContaining({ id, type: 'mute', durationHours: 720 })]);
    expect(await call(saveLadderStep, sup, { role: 'participant', minStrikes: 10, type: 'warning' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await ok(removeLadderStep, admin, { stepId: id });
    expect((await loadLadder(t.db)).some((s) => s.id === id)).toBe(false);
  });
});

describe('incident measures', () => {
  it('counts accounts muted and closed in the incident, not proposals', async () => {
    const { incident } = await insertIncident(t.db);
    await ok(applySanction, mod, { accountId: account(), type: 'mute', role: 'inciter', reason: 'x'.repeat(5), durationHours: 24, incidentId: incident.id });
    await ok(proposeSanction, mod, { accountId: account(), type: 'closure', role: 'originator', reason: 'x'.repeat(5), incidentId: incident.id });
    const m = await incidentMeasures(t.db, incident.id);
    expect(m).toMatchObject({ accountsMuted: 1, accountsClosed: 0 });
  });
});

describe('refusals', () => {
  it('names unknown links and refuses closing a closed account', async () => {
    const accountId = account();
    expect(await call(applySanction, mod, { accountId, type: 'warning', role: 'participant', reason: 'Rude reply', categoryId: 'no-such' }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { categoryId: ['unknownCategory'] } } });
    expect(await call(applySanction, mod, { accountId, type: 'warning', role: 'participant', reason: 'Rude reply', caseIds: ['00000000-0000-4000-8000-000000000000'] }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { caseIds: ['unknownCase'] } } });
    expect(await call(proposeSanction, mod, { accountId, type: 'registration_ban', role: 'originator', reason: 'Ban evader', durationHours: 8760 }))
      .toMatchObject({ ok: false, error: { code: 'conflict', fields: { type: ['noIdentity'] } } });
    const { id } = await ok(proposeSanction, mod, { accountId, type: 'closure', role: 'originator', reason: 'Spam ring' });
    await ok(approveSanction, sup, { sanctionId: id, reason: 'Confirmed spam' });
    expect(await call(proposeSanction, mod, { accountId, type: 'closure', role: 'originator', reason: 'Again' }))
      .toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('the in-process expiry tick', () => {
  it('ends what is due on the app database and never throws', async () => {
    const { timedJobsTick } = await import('@/lib/worker/in-process');
    const { id } = await ok(applySanction, mod, { accountId: account(), type: 'mute', role: 'participant', reason: 'Short mute', durationHours: 2 });
    expect((await timedJobsTick(new Date(Date.now() + 3 * 3_600_000))).sanctionsEnded).toBeGreaterThanOrEqual(1);
    expect((await load(id)).status).toBe('ended');
  });
});
