import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accounts, cases, incidentParties, incidents } from '@/db/schema';
import { seedDemoLibrary } from '@/scripts/seed/demo-library';
import { forgetLoadedModel } from '@/lib/model/loaded';
import { seedFirstModel } from '@/lib/model/store';
import { refreshCaseRisk } from '@/lib/model/risk-refresh';
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
});
