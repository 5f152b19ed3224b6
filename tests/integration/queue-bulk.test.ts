import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { auditLog, cases, decisions, incidentCases, outbox, reports, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { bulkAssign, bulkDecide, previewBulk, relatedCases } from '@/lib/reports/bulk-actions';
import { claimCase } from '@/lib/reports/actions';
import { MAX_BULK } from '@/lib/reports/bulk-rules';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase, insertCases } from '../support/cases';
import { insertIncident } from '../support/incidents';

let t: TestDatabase;
let mod: Staff;
let mod2: Staff;
let sup: Staff;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 12 });
  [mod, mod2, sup] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `bulk-${++req}` }, input);
async function ok<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown): Promise<O> {
  const result = await call(action, who, input);
  if (!result.ok) throw new Error(`${action.definition.name}: ${result.error.message}`);
  return result.data;
}
const statuses = async (ids: string[]) => (await t.db.select({ id: cases.id, status: cases.status }).from(cases).where(inArray(cases.id, ids))).map((r) => r.status);

describe('bulk decisions', () => {
  it('decide every selected case through the single-decision path: a decision, outcomes and an audit row each', async () => {
    const batch = await insertCases(t.db, [{ categoryId: 'insult' }, { categoryId: 'insult', reporters: 2 }, { categoryId: 'threat' }]);
    const ids = batch.map((c) => c.id);
    const preview = await ok(previewBulk, mod, { caseIds: ids, operation: { kind: 'decide', action: 'remove' } });
    expect(preview).toEqual({ selected: 3, ready: 3, refusals: [] });
    const done = await ok(bulkDecide, mod, { caseIds: ids, operation: { kind: 'decide', action: 'remove', categoryId: 'insult', note: 'same pile-on' } });
    expect(done.decided).toBe(3);
    expect(await statuses(ids)).toEqual(['decided', 'decided', 'decided']);
    expect(await t.db.select().from(decisions).where(inArray(decisions.caseId, ids))).toHaveLength(3);
    const outcomes = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'report.outcome'), sql`payload->>'caseId' in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`));
    expect(outcomes).toHaveLength(4);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'case.decide'), inArray(auditLog.targetId, ids)));
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.actorId === mod.id && (a.after as { bulk?: boolean }).bulk)).toBe(true);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'case.bulkDecide'))).toHaveLength(1);
    const [c] = await t.db.select().from(cases).where(eq(cases.id, ids[0]));
    expect(c).toMatchObject({ claimedBy: null, decision: 'remove', decidedBy: mod.id, categoryId: 'insult' });
  });

  it('works while the moderator holds a case in another tab: that case stays theirs, with its lease', async () => {
    const [mine, ...batch] = await insertCases(t.db, [{ categoryId: 'insult' }, { categoryId: 'insult' }, { categoryId: 'insult' }]);
    await ok(claimCase, mod2, { caseId: mine.id });
    const [before] = await t.db.select().from(cases).where(eq(cases.id, mine.id));
    const done = await ok(bulkDecide, mod2, { caseIds: batch.map((c) => c.id), operation: { kind: 'decide', action: 'fold', categoryId: 'insult' } });
    expect(done.decided).toBe(2);
    expect(await statuses(batch.map((c) => c.id))).toEqual(['decided', 'decided']);
    const [after] = await t.db.select().from(cases).where(eq(cases.id, mine.id));
    expect(after).toMatchObject({ status: 'open', claimedBy: mod2.id, leaseExpiresAt: before.leaseExpiresAt });
    await t.db.update(cases).set({ claimedBy: null, leaseExpiresAt: null }).where(eq(cases.id, mine.id));
  });

  it('refuses the whole batch, naming a case someone else holds and its holder; nothing changes', async () => {
    const [free, theirs] = await insertCases(t.db, [{ categoryId: 'insult' }, { categoryId: 'insult', claimedBy: mod2.id }]);
    const preview = await ok(previewBulk, mod, { caseIds: [free.id, theirs.id], operation: { kind: 'decide', action: 'fold' } });
    expect(preview).toMatchObject({ ready: 1, refusals: [{ caseId: theirs.id, why: 'held', holder: mod2.name }] });
    const refused = await call(bulkDecide, mod, { caseIds: [free.id, theirs.id], operation: { kind: 'decide', action: 'fold', categoryId: 'insult' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'refused.held': [`${theirs.id}:${mod2.name}`] } } });
    expect(!refused.ok && refused.error.message).toContain(`${theirs.id.slice(0, 8)} (held by ${mod2.name})`);
    expect(await statuses([free.id, theirs.id])).toEqual(['open', 'open']);
    const [f] = await t.db.select().from(cases).where(eq(cases.id, free.id));
    expect(f.claimedBy).toBeNull();
  });

  it('keeps minors\' and escalated cases\' rules: no bulk dismissal of a minor\'s case; escalated cases are a supervisor\'s', async () => {
    const [minor, adult, escalated] = await insertCases(t.db, [{ categoryId: 'insult', targetIsMinor: true }, { categoryId: 'insult' }, { categoryId: 'threat', status: 'escalated' }]);
    const dismiss = await call(bulkDecide, mod, { caseIds: [minor.id, adult.id], operation: { kind: 'decide', action: 'not_violation', reason: 'duplicate' } });
    expect(dismiss).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { 'refused.minor_dismissal': [minor.id] } } });
    const modEscalated = await call(bulkDecide, mod, { caseIds: [escalated.id], operation: { kind: 'decide', action: 'remove', categoryId: 'threat' } });
    expect(modEscalated).toMatchObject({ ok: false, error: { fields: { 'refused.escalated_supervisor_only': [escalated.id] } } });
    await ok(bulkDecide, mod, { caseIds: [minor.id, adult.id], operation: { kind: 'decide', action: 'escalate' } });
    expect(await statuses([minor.id, adult.id])).toEqual(['escalated', 'escalated']);
    await ok(bulkDecide, sup, { caseIds: [minor.id, adult.id, escalated.id], operation: { kind: 'decide', action: 'remove', categoryId: 'insult' } });
    expect(await statuses([minor.id, adult.id, escalated.id])).toEqual(['decided', 'decided', 'decided']);
  });

  it('validates like a single decision and caps the batch with an error naming the field', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult' });
    expect(await call(bulkDecide, mod, { caseIds: [c.id], operation: { kind: 'decide', action: 'remove' } }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'operation.categoryId': [expect.any(String)] } } });
    const many = Array.from({ length: MAX_BULK + 1 }, () => crypto.randomUUID());
    const capped = await call(bulkDecide, mod, { caseIds: many, operation: { kind: 'decide', action: 'escalate' } });
    expect(capped).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { caseIds: [`At most ${MAX_BULK} cases at once: narrow the selection.`] } } });
  });
});

describe('bulk assignment', () => {
  it('a supervisor assigns cases to a moderator (audited per case); escalated ones only to a supervisor; moderators may not assign', async () => {
    const [a, b, esc] = await insertCases(t.db, [{ categoryId: 'insult' }, { categoryId: 'insult' }, { categoryId: 'threat', status: 'escalated' }]);
    expect(await call(bulkAssign, mod, { caseIds: [a.id], assigneeId: mod2.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(bulkAssign, sup, { caseIds: [a.id, esc.id], assigneeId: mod2.id }))
      .toMatchObject({ ok: false, error: { fields: { 'refused.escalated_assignee': [esc.id] } } });
    expect(await ok(bulkAssign, sup, { caseIds: [a.id, b.id], assigneeId: mod2.id })).toEqual({ assigned: 2, assignee: mod2.name });
    const rows = await t.db.select().from(cases).where(inArray(cases.id, [a.id, b.id]));
    expect(rows.every((r) => r.assignedTo === mod2.id && r.assignedAt)).toBe(true);
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'case.assign'), inArray(auditLog.targetId, [a.id, b.id])))).toHaveLength(2);
  });
});

describe('related selections', () => {
  it('finds the undecided cases against one account, in one incident, from one reporter', async () => {
    const [x, y, decided] = await insertCases(t.db, [
      { categoryId: 'insult', subjectAccountId: 'acct-bulk-1' }, { categoryId: 'threat', subjectAccountId: 'acct-bulk-1' },
      { categoryId: 'insult', subjectAccountId: 'acct-bulk-1', status: 'decided' },
    ]);
    const byAccount = await ok(relatedCases, mod, { caseId: x.id, by: 'account' });
    expect(new Set(byAccount.caseIds)).toEqual(new Set([x.id, y.id]));
    expect(byAccount.caseIds).not.toContain(decided.id);
    expect(byAccount.label).toBe('acct-bulk-1');

    const { incident } = await insertIncident(t.db);
    const other = await insertCase(t.db, { categoryId: 'insult' });
    await t.db.insert(incidentCases).values([{ incidentId: incident.id, caseId: x.id }, { incidentId: incident.id, caseId: other.id }]);
    const byIncident = await ok(relatedCases, mod, { caseId: x.id, by: 'incident' });
    expect(new Set(byIncident.caseIds)).toEqual(new Set([x.id, other.id]));
    expect(byIncident.label).toBe(incident.title);

    const [firstReport] = await t.db.select().from(reports).where(eq(reports.caseId, other.id));
    await t.db.update(reports).set({ reporterAccountId: firstReport.reporterAccountId }).where(eq(reports.caseId, y.id));
    expect(new Set((await ok(relatedCases, mod, { caseId: other.id, by: 'reporter' })).caseIds)).toEqual(new Set([other.id, y.id]));
    expect(await ok(relatedCases, mod, { caseId: crypto.randomUUID(), by: 'incident' })).toEqual({ caseIds: [], more: false, label: null });
  });
});

describe('a bulk decision racing a single claim', () => {
  it('never lets both win: either the claim holds the case and the batch is refused naming it, or the batch decides it and the claim fails', async () => {
    for (let round = 0; round < 8; round++) {
      const batch = await insertCases(t.db, [{ categoryId: 'insult' }, { categoryId: 'insult' }, { categoryId: 'insult' }]);
      const contested = batch[round % 3];
      const [bulk, single] = await Promise.all([
        call(bulkDecide, mod, { caseIds: batch.map((c) => c.id), operation: { kind: 'decide', action: 'fold', categoryId: 'insult' } }),
        call(claimCase, mod2, { caseId: contested.id }),
      ]);
      const [row] = await t.db.select().from(cases).where(eq(cases.id, contested.id));
      if (single.ok) {
        expect(bulk).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'refused.held': [`${contested.id}:${mod2.name}`] } } });
        expect(row).toMatchObject({ status: 'open', claimedBy: mod2.id });
        expect(await statuses(batch.map((c) => c.id))).toEqual(['open', 'open', 'open']);
        await t.db.update(cases).set({ claimedBy: null, leaseExpiresAt: null }).where(eq(cases.id, contested.id));
      } else {
        expect(bulk.ok).toBe(true);
        expect(row).toMatchObject({ status: 'decided', decidedBy: mod.id });
      }
      expect(await t.db.select().from(decisions).where(eq(decisions.caseId, contested.id))).toHaveLength(single.ok ? 0 : 1);
    }
  });
});
