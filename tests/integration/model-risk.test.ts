import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, ne } from 'drizzle-orm';
import { accounts, cases, incidentParties, incidents } from '@/db/schema';
import { seedDemoLibrary } from '@/scripts/seed/demo-library';
import { forgetLoadedModel } from '@/lib/model/loaded';
import { seedFirstModel } from '@/lib/model/store';
import { refreshCaseRisk, refreshStaleRisk } from '@/lib/model/risk-refresh';
import { promoteVersion, trainCandidate } from '@/lib/model/store';
import { applyAccountEvents } from '@/lib/accounts/events';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { linkCase, unlinkCase } from '@/lib/incidents/actions';
import { createStaff } from '../support/staff';
import { intakeReports } from '@/lib/reports/intake';
import { reportInput } from '@/lib/reports/intake-schema';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  forgetLoadedModel();
  await seedDemoLibrary(t.db);
  await seedFirstModel(t.db);
});
afterAll(async () => { await t.drop(); });

let n = 0;
const ABUSE = '你怎么还不去死？大家都讨厌你，你活着就是个笑话。';
function report(o: { reporter?: string; subject?: string; target?: string; minor?: boolean; text?: string; contentId?: string; category?: string } = {}) {
  const id = `${Date.now().toString(36)}-${++n}`;
  return reportInput.parse({
    externalId: `risk-${id}`, channel: 'comment', category: o.category ?? 'insult',
    reporter: { accountId: o.reporter ?? `reporter-${id}`, isMinor: false },
    subject: { contentId: o.contentId ?? `c-${id}`, accountId: o.subject ?? `troll-${id}`, text: o.text ?? ABUSE, context: [], createdAt: '2025-03-01T08:00:00Z' },
    target: { accountId: o.target ?? `victim-${id}`, isMinor: o.minor ?? false },
  });
}
const actor = { type: 'system' as const, id: null, label: 'risk test' };
async function take(r: ReturnType<typeof report>) {
  const [res] = await t.db.transaction((tx) => intakeReports(tx, [r], { apiKeyId: null, actor, requestId: `risk-${++n}`, now: new Date() }));
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return (await t.db.select().from(cases).where(eq(cases.id, res.caseId)))[0];
}
const factor = (c: typeof cases.$inferSelect, name: string) => c.riskFactors!.find((f) => f.factor === name)!;

describe('the risk score of a case', () => {
  it('is stored at intake with every factor, the classifier\'s score of the reported text among them', async () => {
    const c = await take(report());
    expect(c.riskScore).toBeGreaterThan(0);
    expect(c.riskFactors!.map((f) => f.factor)).toEqual(['severity', 'target', 'classifier', 'frequency', 'reports', 'incident']);
    expect(factor(c, 'classifier').detail.score).toBeGreaterThan(0.5);
    expect(factor(c, 'target').detail.target).toBe('private_person');
    const mild = await take(report({ text: 'I think the new park design is a bit boring.' }));
    expect(factor(mild, 'classifier').detail.score as number).toBeLessThan(factor(c, 'classifier').detail.score as number);
  });

  it('weighs a minor target above a private person above a public figure', async () => {
    await t.db.insert(accounts).values({ id: 'star-1', verification: 'verified' });
    const star = await take(report({ target: 'star-1' }));
    const person = await take(report());
    const child = await take(report({ minor: true }));
    expect(factor(star, 'target').detail.target).toBe('public_figure');
    expect(factor(child, 'target').detail.target).toBe('minor');
    expect(star.riskScore!).toBeLessThan(person.riskScore!);
    expect(person.riskScore!).toBeLessThan(child.riskScore!);
  });

  it('counts the subject\'s recent content about the target', async () => {
    for (let i = 0; i < 4; i++) await take(report({ subject: 'stalker-1', target: 'victim-x' }));
    const c = await take(report({ subject: 'stalker-1', target: 'victim-x' }));
    expect(factor(c, 'frequency').detail.publications).toBe(5);
  });

  it('weighs reporters whose past reports were dismissed less', async () => {
    for (const [who, decision] of [['careless', 'not_violation'], ['careful', 'remove']] as const) {
      for (let i = 0; i < 5; i++) {
        const past = await take(report({ reporter: who }));
        await t.db.update(cases).set({ status: 'decided', decision, decidedAt: new Date() }).where(eq(cases.id, past.id));
      }
    }
    const a = await take(report({ reporter: 'careless' }));
    const b = await take(report({ reporter: 'careful' }));
    expect(factor(a, 'reports').points).toBeLessThan(factor(b, 'reports').points);
  });

  it('rises when the subject is a party to an open hot incident, and refreshes on demand', async () => {
    const c = await take(report({ subject: 'party-1' }));
    expect(factor(c, 'incident').value).toBe(0);
    const [inc] = await t.db.insert(incidents).values({ title: 'hot', status: 'active' }).returning();
    await t.db.insert(incidentParties).values({ incidentId: inc.id, accountId: 'party-1', role: 'originator' });
    await t.db.transaction((tx) => refreshCaseRisk(tx, [c.id]));
    const [after] = await t.db.select().from(cases).where(eq(cases.id, c.id));
    expect(factor(after, 'incident').value).toBe(1);
    expect(after.riskScore!).toBeGreaterThan(c.riskScore!);
    expect(after.priority).toBeGreaterThan(c.priority);
  });

  const reread = async (id: string) => (await t.db.select().from(cases).where(eq(cases.id, id)))[0];

  it('is refreshed when a case is linked to an open hot incident and when it is unlinked', async () => {
    const lead = await createStaff(t.db, 'supervisor');
    const call = (action: { definition: ActionDefinition<any, any> }, input: unknown) =>
      executeAction(action.definition, { db: t.db, staffId: lead.id, requestId: `risk-${++n}` }, input);
    const c = await take(report());
    const [inc] = await t.db.insert(incidents).values({ title: 'linked', status: 'watching' }).returning();
    expect(await call(linkCase, { incidentId: inc.id, caseId: c.id })).toMatchObject({ ok: true });
    const linked = await reread(c.id);
    expect(factor(linked, 'incident').value).toBe(1);
    expect(linked.riskScore!).toBeGreaterThan(c.riskScore!);
    expect(await call(unlinkCase, { incidentId: inc.id, caseId: c.id })).toMatchObject({ ok: true });
    expect(factor(await reread(c.id), 'incident').value).toBe(0);
  });

  it('is refreshed when the platform flags the target as a minor or verifies it, for every open case about it, in one batch', async () => {
    const [a, b] = [await take(report({ target: 'grows-1' })), await take(report({ target: 'grows-1' }))];
    const other = await take(report({ target: 'famous-1' }));
    const at = new Date().toISOString();
    await t.db.transaction((tx) => applyAccountEvents(tx, [
      { eventId: `ev-${++n}`, accountId: 'grows-1', type: 'minor_flag', isMinor: true, at },
      { eventId: `ev-${++n}`, accountId: 'famous-1', type: 'verified', identity: 'famous-one-id-110101', at },
    ] as Parameters<typeof applyAccountEvents>[1]));
    for (const c of [a, b]) {
      const after = await reread(c.id);
      expect(factor(after, 'target').detail.target).toBe('minor');
      expect(after.riskScore!).toBeGreaterThan(c.riskScore!);
    }
    expect(factor(await reread(other.id), 'target').detail.target).toBe('public_figure');
  });

  it('is rescored by the worker after another model version is promoted, and only once', async () => {
    const c = await take(report());
    const [decided] = [await take(report())];
    await t.db.update(cases).set({ status: 'decided', decision: 'remove', decidedAt: new Date() }).where(eq(cases.id, decided.id));
    expect(await refreshStaleRisk(t.db)).toBe(0);
    const next = await t.db.transaction(async (tx) => { const v = await trainCandidate(tx, null); await promoteVersion(tx, v.id, null); return v.id; });
    forgetLoadedModel();
    const open = await t.db.select({ id: cases.id }).from(cases).where(ne(cases.status, 'decided'));
    expect(await refreshStaleRisk(t.db)).toBe(open.length);
    expect((await reread(c.id)).riskBasis).toMatch(new RegExp(`^${next}:`));
    expect((await reread(decided.id)).riskBasis).not.toMatch(new RegExp(`^${next}:`));
    expect(await refreshStaleRisk(t.db)).toBe(0);
  });
});
