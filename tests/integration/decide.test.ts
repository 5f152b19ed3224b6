import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, cases, decisions, outbox, sanctionCases, sanctions, type Staff } from '@/db/schema';
import { suggestionFor } from '@/lib/sanctions/suggest';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { claimCase, claimNext, claimNextEscalation, decideCase } from '@/lib/reports/actions';
import { listQueue } from '@/lib/reports/queue';
import { queueFilters } from '@/lib/reports/queue-filters';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase } from '../support/cases';

let t: TestDatabase;
let mod: Staff;
let mod2: Staff;
let sup: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, mod2, sup] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
async function call<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) {
  const requestId = `decide-${++req}`;
  return { requestId, result: await executeAction(action.definition, { db: t.db, staffId: who.id, requestId }, input) };
}
const claimed = async (who: Staff, caseId: string) => expect((await call(claimCase, who, { caseId })).result).toMatchObject({ ok: true });
const rowsFor = async (caseId: string, requestId: string) => ({
  decisions: await t.db.select().from(decisions).where(eq(decisions.caseId, caseId)),
  outbox: await t.db.select().from(outbox).where(sql`${outbox.payload}->>'caseId' = ${caseId}`),
  audit: await t.db.select().from(auditLog).where(eq(auditLog.requestId, requestId)),
});
const openIds = async () => (await listQueue(t.db, queueFilters.parse({}), null, 200)).rows.map((r) => r.id);

describe('deciding a case', () => {
  it('"warn" puts a warning sanction on the poster\'s account, linked to the case and announced; removals count as strikes', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult' });
    await claimed(mod, c.id);
    const { result } = await call(decideCase, mod, { caseId: c.id, action: 'warn', categoryId: 'insult', note: 'first warning' });
    expect(result).toMatchObject({ ok: true, data: { action: 'warn', warningSanctionId: expect.any(String) } });
    const account = (await t.db.select({ a: cases.subjectAccountId }).from(cases).where(eq(cases.id, c.id)))[0].a;
    const warned = await t.db.select().from(sanctions).where(eq(sanctions.accountId, account));
    expect(warned).toEqual([expect.objectContaining({ type: 'warning', status: 'active', reason: 'first warning', categoryId: 'insult' })]);
    expect(await t.db.select().from(sanctionCases).where(eq(sanctionCases.sanctionId, warned[0].id))).toEqual([expect.objectContaining({ caseId: c.id })]);
    expect(await t.db.select().from(outbox).where(sql`${outbox.topic} = 'sanction.applied' and ${outbox.key} = ${account}`)).toHaveLength(1);

    // A second case against the same account, removed: the ladder now counts a warning and a removal.
    const again = await insertCase(t.db, { categoryId: 'insult', subjectAccountId: account });
    await claimed(mod, again.id);
    expect((await call(decideCase, mod, { caseId: again.id, action: 'remove', categoryId: 'insult' })).result).toMatchObject({ ok: true });
    const suggestion = await suggestionFor(t.db, account, 'participant');
    expect(suggestion.reasons).toContainEqual({ code: 'strikes', count: 2, days: 90 });
    expect(suggestion.reasons).toContainEqual({ code: 'contentStrikes', count: 1 });
  });

  it('writes the decision, one outbox message per report and the audit row together; the case leaves the queue', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult', reporters: 3 });
    await claimed(mod, c.id);
    expect(await openIds()).toContain(c.id);
    const { requestId, result } = await call(decideCase, mod, { caseId: c.id, action: 'remove', categoryId: 'threat', note: 'explicit threat' });
    expect(result).toMatchObject({ ok: true, data: { caseId: c.id, action: 'remove', status: 'decided', outboxMessages: 3 } });

    const [after] = await t.db.select().from(cases).where(eq(cases.id, c.id));
    expect(after).toMatchObject({ status: 'decided', decision: 'remove', decidedBy: mod.id, categoryId: 'threat', claimedBy: null, leaseExpiresAt: null });
    expect(after.decidedAt).toBeInstanceOf(Date);
    expect(after.firstActionAt).toBeInstanceOf(Date);

    const written = await rowsFor(c.id, requestId);
    expect(written.decisions).toEqual([expect.objectContaining({ action: 'remove', categoryId: 'threat', note: 'explicit threat', decidedBy: mod.id, reason: null })]);
    expect(written.outbox).toHaveLength(3);
    for (const m of written.outbox) {
      expect(m.topic).toBe('report.outcome');
      expect(m.payload).toMatchObject({ externalId: m.key, caseId: c.id, outcome: 'remove', category: 'threat', reporter: { accountId: expect.stringMatching(/^reporter-/) } });
    }
    expect(written.audit).toEqual([expect.objectContaining({ action: 'case.decide', targetId: c.id, actorId: mod.id })]);
    expect(written.audit[0].before).toMatchObject({ status: 'open', claimedBy: mod.id });
    expect(written.audit[0].after).toMatchObject({ status: 'decided', action: 'remove', outboxMessages: 3 });
    expect(await openIds()).not.toContain(c.id);
  });

  it('refuses a moderator whose lease expired, writing nothing; another moderator then claims and decides it', async () => {
    const c = await insertCase(t.db, { categoryId: 'threat', targetIsMinor: true, reporters: 2 });
    await claimed(mod, c.id);
    await t.db.update(cases).set({ leaseExpiresAt: new Date(Date.now() - 60_000) }).where(eq(cases.id, c.id));

    const late = await call(decideCase, mod, { caseId: c.id, action: 'fold', categoryId: 'threat' });
    expect(late.result).toMatchObject({ ok: false, error: { code: 'lease_expired', message: expect.stringMatching(/expired/) } });
    expect(await rowsFor(c.id, late.requestId)).toEqual({ decisions: [], outbox: [], audit: [] });

    expect((await call(claimNext, mod2, {})).result).toMatchObject({ ok: true, data: { id: c.id } });
    expect((await call(decideCase, mod, { caseId: c.id, action: 'fold', categoryId: 'threat' })).result).toMatchObject({ ok: false, error: { code: 'lease_expired' } });
    const done = await call(decideCase, mod2, { caseId: c.id, action: 'fold', categoryId: 'threat' });
    expect(done.result).toMatchObject({ ok: true, data: { outboxMessages: 2 } });
  });

  it('refuses a case the decider never claimed', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult' });
    expect((await call(decideCase, mod, { caseId: c.id, action: 'warn', categoryId: 'insult' })).result).toMatchObject({ ok: false, error: { code: 'lease_expired' } });
  });

  it('asks for a reason for "not a violation" and a category for sanctions, naming the field', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult' });
    await claimed(mod, c.id);
    const noReason = await call(decideCase, mod, { caseId: c.id, action: 'not_violation' });
    expect(noReason.result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { reason: [expect.any(String)] } } });
    const noCategory = await call(decideCase, mod, { caseId: c.id, action: 'warn' });
    expect(noCategory.result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { categoryId: [expect.any(String)] } } });
    const unknown = await call(decideCase, mod, { caseId: c.id, action: 'warn', categoryId: 'nonsense' });
    expect(unknown.result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { categoryId: ['unknown_category'] } } });

    const ok = await call(decideCase, mod, { caseId: c.id, action: 'not_violation', reason: 'legitimate_criticism' });
    expect(ok.result).toMatchObject({ ok: true, data: { status: 'decided', outboxMessages: 1 } });
    const [d] = await t.db.select().from(decisions).where(eq(decisions.caseId, c.id));
    expect(d).toMatchObject({ action: 'not_violation', reason: 'legitimate_criticism' });
    const again = await call(decideCase, mod, { caseId: c.id, action: 'remove', categoryId: 'insult' });
    expect(again.result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('escalates to the supervisors, who alone claim and decide it', async () => {
    const c = await insertCase(t.db, { categoryId: 'defamation', targetIsMinor: true, reporters: 2 });
    await claimed(mod, c.id);
    const up = await call(decideCase, mod, { caseId: c.id, action: 'escalate', note: 'public figure?' });
    expect(up.result).toMatchObject({ ok: true, data: { status: 'escalated', from: 'open', outboxMessages: 0 } });
    const [after] = await t.db.select().from(cases).where(eq(cases.id, c.id));
    expect(after).toMatchObject({ status: 'escalated', claimedBy: null, decision: null, decidedAt: null });
    expect(after.firstActionAt).toBeInstanceOf(Date);
    expect(await openIds()).not.toContain(c.id);

    expect((await call(claimNextEscalation, mod, {})).result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await call(claimCase, mod2, { caseId: c.id })).result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await call(claimNextEscalation, sup, {})).result).toMatchObject({ ok: true, data: { id: c.id, status: 'escalated' } });
    expect((await call(decideCase, sup, { caseId: c.id, action: 'escalate' })).result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const done = await call(decideCase, sup, { caseId: c.id, action: 'remove', categoryId: 'defamation' });
    expect(done.result).toMatchObject({ ok: true, data: { status: 'decided', from: 'escalated', outboxMessages: 2 } });
    expect((await t.db.select().from(decisions).where(eq(decisions.caseId, c.id))).map((d) => d.action)).toEqual(['escalate', 'remove']);
  });

  it('will not let a moderator hold two cases by claiming one from the list', async () => {
    const [a, b] = [await insertCase(t.db, { categoryId: 'insult' }), await insertCase(t.db, { categoryId: 'insult' })];
    await claimed(mod2, a.id);
    expect((await call(claimCase, mod2, { caseId: b.id })).result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { heldCaseId: [a.id] } } });
    expect((await call(claimCase, mod, { caseId: a.id })).result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
