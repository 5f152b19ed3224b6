import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, cases, outbox, reporterMutes, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { muteReporter, unmuteReporter } from '@/lib/reporters/actions';
import { loadReporterView } from '@/lib/reporters/queries';
import { reportInput } from '@/lib/reports/intake-schema';
import { intakeReports } from '@/lib/reports/intake';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { decidedCase } from '../support/decisions';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, sup] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `rep-${++req}` }, input);
let n = 0;
const report = (reporter: string, o: { minor?: boolean; content?: string } = {}) => {
  const id = `${Date.now().toString(36)}-${++n}`;
  return reportInput.parse({
    externalId: `ext-${id}`, channel: 'comment', category: 'insult', description: 'spam',
    reporter: { accountId: reporter, isMinor: false },
    subject: { contentId: o.content ?? `content-${id}`, accountId: `poster-${id}`, text: 'you are trash', context: [], createdAt: '2025-03-01T08:00:00Z' },
    target: { accountId: `target-${id}`, isMinor: !!o.minor },
  });
};
const intake = (items: ReturnType<typeof report>[]) => t.db.transaction((tx) => intakeReports(tx, items, {
  apiKeyId: null, actor: { type: 'system', id: null, label: 'reporters test' }, requestId: `intake-${++req}`, now: new Date(),
}));
const accepted = (r: Awaited<ReturnType<typeof intake>>[number]) => {
  if (!r.ok) throw new Error('refused');
  return r;
};

describe('a reporter\'s record', () => {
  it('lists their reports with how each was decided, and the share that led to action', async () => {
    const reporter = `reporter-record-${Date.now()}`;
    const spec = { reporters: 1 } as const;
    const acted = await decidedCase(t.db, mod, { action: 'remove', categoryId: 'insult' }, spec);
    const dismissed = await decidedCase(t.db, mod, { action: 'not_violation', reason: 'legitimate_criticism' }, spec);
    const pending = await decidedCase(t.db, mod, { action: 'escalate' }, spec);
    // Make this reporter the one who filed all three.
    await t.db.execute(sql`update reports set reporter_account_id = ${reporter} where case_id in (${acted.case.id}, ${dismissed.case.id}, ${pending.case.id})`);
    const view = (await loadReporterView(t.db, reporter))!;
    expect(view.record).toEqual({ total: 3, decided: 2, actioned: 1, pending: 1, accuracy: 0.5 });
    expect(view.reports.map((r) => r.decision).sort()).toEqual(['not_violation', 'remove', null].sort());
    expect(view.muted).toBe(false);
    expect(await loadReporterView(t.db, 'nobody-ever')).toBeNull();
  });
});

describe('muting a reporter', () => {
  it('sinks their new reports to the bottom of the band at intake, keeps minors first, and is undone by unmuting', async () => {
    const spammer = `spammer-${Date.now()}`;
    const [before] = await intake([report(spammer)]);
    expect(accepted(before).priority).toBeGreaterThan(0);

    expect(await call(muteReporter, mod, { reporterAccountId: spammer, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(muteReporter, sup, { reporterAccountId: spammer, reason: ' ' })).toMatchObject({ ok: false, error: { fields: { reason: expect.any(Array) } } });
    expect(await call(muteReporter, sup, { reporterAccountId: spammer, reason: 'Forty reports an hour on one creator.' })).toMatchObject({ ok: true, data: { sunkCases: 1 } });
    expect(await call(muteReporter, sup, { reporterAccountId: spammer, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.db.select().from(cases).where(eq(cases.id, accepted(before).caseId)))[0].priority).toBe(0);

    const [plain, minor] = await intake([report(spammer), report(spammer, { minor: true })]);
    expect(accepted(plain).priority).toBe(0);
    expect(accepted(minor).priority).toBe(1_000_000_000);
    expect((await t.db.select().from(cases).where(eq(cases.id, accepted(plain).caseId)))[0].priority).toBe(0);

    // A reporter who is not muted reports the same content: the case takes its normal place.
    const content = `shared-${Date.now()}`;
    const [muted] = await intake([report(spammer, { content })]);
    expect(accepted(muted).priority).toBe(0);
    const [joined] = await intake([report(`honest-${Date.now()}`, { content })]);
    expect(accepted(joined).caseId).toBe(accepted(muted).caseId);
    expect(accepted(joined).priority).toBeGreaterThan(0);

    expect(await call(unmuteReporter, sup, { reporterAccountId: spammer, reason: 'They calmed down.' })).toMatchObject({ ok: true });
    expect((await t.db.select().from(cases).where(eq(cases.id, accepted(plain).caseId)))[0].priority).toBeGreaterThan(0);
    expect(await call(unmuteReporter, sup, { reporterAccountId: spammer, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const view = (await loadReporterView(t.db, spammer))!;
    expect(view.muted).toBe(false);
    expect(view.mutes).toEqual([expect.objectContaining({ reason: 'Forty reports an hour on one creator.', mutedByName: sup.name, unmuteReason: 'They calmed down.', unmutedByName: sup.name })]);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, spammer), sql`${auditLog.action} like 'reporter.%'`));
    expect(audits.map((a) => a.action).sort()).toEqual(['reporter.mute', 'reporter.unmute']);
  });

  it('keeps a muted-only case at the bottom when its risk is computed again (an incident, a promotion, an account event)', async () => {
    const spammer = `refreshed-${Date.now()}`;
    await t.db.insert(reporterMutes).values({ reporterAccountId: spammer, reason: 'spam', mutedBy: sup.id });
    const [plain, minor] = (await intake([report(spammer), report(spammer, { minor: true })])).map((r) => accepted(r).caseId);
    const { refreshCaseRisk } = await import('@/lib/model/risk-refresh');
    const refreshed = await t.db.transaction((tx) => refreshCaseRisk(tx, [plain, minor]));
    expect(refreshed.get(plain)).toBe(0);
    expect(refreshed.get(minor)).toBe(1_000_000_000);
    expect((await t.db.select().from(cases).where(eq(cases.id, plain)))[0]).toMatchObject({ priority: 0, riskScore: expect.any(Number) });
    // Unmuted, the same refresh puts it back where its risk says.
    await t.db.update(reporterMutes).set({ unmutedAt: new Date(), unmutedBy: sup.id, unmuteReason: 'ok' }).where(eq(reporterMutes.reporterAccountId, spammer));
    expect((await t.db.transaction((tx) => refreshCaseRisk(tx, [plain]))).get(plain)).toBeGreaterThan(0);
  });

  it('still tells a muted reporter the outcome through the outbox', async () => {
    const spammer = `told-${Date.now()}`;
    await t.db.insert(reporterMutes).values({ reporterAccountId: spammer, reason: 'spam', mutedBy: sup.id });
    const [r] = await intake([report(spammer)]);
    const caseId = accepted(r).caseId;
    await t.db.update(cases).set({ claimedBy: mod.id, leaseExpiresAt: new Date(Date.now() + 600_000) }).where(eq(cases.id, caseId));
    const { decideCase } = await import('@/lib/reports/decide');
    await t.db.transaction((tx) => decideCase(tx, mod, { caseId, action: 'not_violation', reason: 'insufficient_evidence' }));
    const told = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'report.outcome'), sql`${outbox.payload}->>'caseId' = ${caseId}`));
    expect(told).toEqual([expect.objectContaining({ payload: expect.objectContaining({ reporter: { accountId: spammer }, outcome: 'not_violation' }) })]);
  });
});
