import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, cases, decisions, libraryExamples, outbox, sanctions, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { claimNext, decideCase } from '@/lib/reports/actions';
import { reverseDecision, undoDecision } from '@/lib/reports/undo-actions';
import { UNDO_WINDOW_MS } from '@/lib/reports/undo-rules';
import { contentStrikesOf } from '@/lib/sanctions/suggest';
import { loadDashboard } from '@/lib/dashboard/queries';
import { loadMeasures } from '@/lib/compliance/measures';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase } from '../support/cases';
import { decidedCase } from '../support/decisions';

// Postgres: a pool, so that parallel requests really run together; PGlite runs them one after another.
let t: TestDatabase;
let mod: Staff;
let mod2: Staff;
let sup: Staff;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 10 });
  [mod, mod2, sup] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor')];
});
afterAll(async () => { await t.drop(); });
// A moderator holds one undecided case at a time (cases_held_by_uq): an undo hands its case back to
// the decider, so each test starts with nobody holding anything.
beforeEach(async () => {
  await t.db.update(cases).set({ claimedBy: null, leaseExpiresAt: null }).where(sql`${cases.claimedBy} is not null and ${cases.status} <> 'decided'`);
});

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `undo-${++req}` }, input);
const caseRow = async (id: string) => (await t.db.select().from(cases).where(eq(cases.id, id)))[0];
const messages = (caseId: string, topic: string) => t.db.select().from(outbox).where(and(eq(outbox.topic, topic), sql`${outbox.payload}->>'caseId' = ${caseId}`));
const backdate = (decisionId: string, ms: number) =>
  t.db.update(decisions).set({ decidedAt: sql`now() - make_interval(secs => ${ms / 1000})` }).where(eq(decisions.id, decisionId));

describe('undoing one\'s own decision', () => {
  it('puts a warned case back exactly: claimed by the decider, the warning reversed, the outcomes withdrawn', async () => {
    const { case: c, decisionId } = await decidedCase(t.db, mod, { action: 'warn', categoryId: 'threat', note: 'warned' }, { reporters: 2 });
    const warned = (await t.db.select().from(sanctions).where(eq(sanctions.accountId, c.subjectAccountId)))[0];
    expect(warned.status).toBe('active');

    const result = await call(undoDecision, mod, { decisionId });
    expect(result).toMatchObject({ ok: true, data: { kind: 'undo', status: 'open', reversedSanctionId: warned.id, outboxMessages: 2 } });
    const after = await caseRow(c.id);
    expect(after).toMatchObject({ status: 'open', decision: null, decidedBy: null, decidedAt: null, categoryId: 'insult', firstActionAt: null, claimedBy: mod.id });
    expect(after.leaseExpiresAt!.getTime()).toBeGreaterThan(Date.now());
    expect((await t.db.select().from(sanctions).where(eq(sanctions.id, warned.id)))[0]).toMatchObject({ status: 'reversed', reversedBy: mod.id });
    expect(await t.db.select().from(outbox).where(and(eq(outbox.topic, 'sanction.reversed'), eq(outbox.key, c.subjectAccountId)))).toHaveLength(1);
    const withdrawn = await messages(c.id, 'report.outcome.withdrawn');
    expect(withdrawn).toHaveLength(2);
    expect(withdrawn[0].payload).toMatchObject({ decisionId, withdrawnOutcome: 'warn', kind: 'undo' });
    expect(new Set(withdrawn.map((m) => m.key))).toEqual(new Set((await messages(c.id, 'report.outcome')).map((m) => m.key)));
    expect((await t.db.select().from(decisions).where(eq(decisions.id, decisionId)))[0]).toMatchObject({ undoKind: 'undo', undoneBy: mod.id });

    // The case is theirs again: they decide it anew.
    expect(await call(decideCase, mod, { caseId: c.id, action: 'not_violation', reason: 'legitimate_criticism' })).toMatchObject({ ok: true });
  });

  it('takes a removal\'s strike away, and hands back the next case the moderator had claimed meanwhile', async () => {
    const account = `undo-strike-${Date.now()}`;
    const { case: c, decisionId } = await decidedCase(t.db, mod2, { action: 'remove', categoryId: 'insult' }, { subjectAccountId: account });
    expect(await contentStrikesOf(t.db, account, new Date())).toBe(1);
    const next = await insertCase(t.db, { categoryId: 'threat' });
    const claimed = await call(claimNext, mod2, {});
    expect(claimed).toMatchObject({ ok: true });
    const held = (claimed as { data: { id: string } }).data.id;

    expect(await call(undoDecision, mod2, { decisionId })).toMatchObject({ ok: true, data: { releasedCaseId: held } });
    expect(await contentStrikesOf(t.db, account, new Date())).toBe(0);
    expect((await caseRow(held)).claimedBy).toBeNull();
    expect((await caseRow(c.id)).claimedBy).toBe(mod2.id);
    expect(next.id).toBeTruthy();
  });

  it('undoes an escalation back to the open queue, until a supervisor takes it up', async () => {
    const { case: c, decisionId } = await decidedCase(t.db, mod, { action: 'escalate' });
    expect(await call(undoDecision, mod, { decisionId })).toMatchObject({ ok: true, data: { status: 'open', outboxMessages: 0 } });
    expect(await caseRow(c.id)).toMatchObject({ status: 'open', claimedBy: mod.id });

    await t.db.update(cases).set({ claimedBy: null, leaseExpiresAt: null }).where(eq(cases.id, c.id));
    const again = await decidedCase(t.db, mod, { action: 'escalate' });
    await t.db.update(cases).set({ claimedBy: sup.id, leaseExpiresAt: new Date(Date.now() + 600_000) }).where(eq(cases.id, again.case.id));
    expect(await call(undoDecision, mod, { decisionId: again.decisionId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('is refused to anyone else and after the window, and is recorded in the audit log', async () => {
    const { decisionId, case: c } = await decidedCase(t.db, mod);
    expect(await call(undoDecision, mod2, { decisionId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await backdate(decisionId, UNDO_WINDOW_MS + 1000);
    expect(await call(undoDecision, mod, { decisionId })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/supervisor/) } });
    expect((await caseRow(c.id)).status).toBe('decided');
    expect(await call(undoDecision, mod, { decisionId: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { decisionId: expect.any(Array) } } });
  });

  it('happens exactly once when fired twice in parallel', async () => {
    await t.db.update(cases).set({ claimedBy: null, leaseExpiresAt: null }).where(eq(cases.claimedBy, mod.id));
    const { case: c, decisionId } = await decidedCase(t.db, mod, { action: 'warn', categoryId: 'insult' }, { reporters: 3 });
    const results = await Promise.all([call(undoDecision, mod, { decisionId }), call(undoDecision, mod, { decisionId }), call(reverseDecision, sup, { decisionId, reason: 'wrong' })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['conflict', 'conflict']);
    expect(await messages(c.id, 'report.outcome.withdrawn')).toHaveLength(3);
    expect(await t.db.select().from(outbox).where(and(eq(outbox.topic, 'sanction.reversed'), eq(outbox.key, c.subjectAccountId)))).toHaveLength(1);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, c.id), sql`${auditLog.action} in ('case.undoDecision', 'case.reverseDecision')`));
    expect(audits).toHaveLength(1);
  });
});

describe('the figures after a correction', () => {
  it('count an undone or reversed decision nowhere: rollups and rows agree, and the report lists the corrections', async () => {
    // A window around now: whole hours from the hourly rollups, the minutes at its edges from the rows.
    const now = new Date();
    const window = { from: new Date(now.getTime() - 3 * 3600_000), to: new Date(now.getTime() + 3600_000), channel: null };
    const figures = (source: 'rollup' | 'raw') => loadDashboard(t.db, window, { now, timeZone: 'Asia/Shanghai', source });
    // Seconds to first action are sums of floats, added and taken away in another order by the rollups:
    // equal to a microsecond, not to the last bit (rounding both to six places still split 0.0050835).
    const expectSameFigures = async (rollup: Awaited<ReturnType<typeof figures>>) => {
      const { firstAction: a, ...rest } = rollup;
      const { firstAction: b, ...restRaw } = await figures('raw');
      expect(rest).toEqual(restRaw);
      expect(a.cases).toBe(b.cases);
      for (const p of ['p50', 'p95'] as const) {
        expect(a[p] === null).toBe(b[p] === null);
        if (a[p] !== null) expect(Math.abs(a[p]! - b[p]!)).toBeLessThan(1e-5);
      }
    };
    const before = await figures('rollup');
    const removed = await decidedCase(t.db, mod, { action: 'remove', categoryId: 'insult' }, { targetIsMinor: true });
    const folded = await decidedCase(t.db, mod2, { action: 'fold', categoryId: 'insult' });
    const decided = await figures('rollup');
    await expectSameFigures(decided);
    expect(decided.outcomes.remove - before.outcomes.remove).toBe(1);
    expect(decided.outcomes.fold - before.outcomes.fold).toBe(1);
    expect(decided.minors.decided - before.minors.decided).toBe(1);
    const measured = (await loadMeasures(t.db, window)).corrections!;

    expect(await call(undoDecision, mod, { decisionId: removed.decisionId })).toMatchObject({ ok: true });
    expect(await call(reverseDecision, sup, { decisionId: folded.decisionId, reason: 'Quoted news, not an insult.' })).toMatchObject({ ok: true });

    const after = await figures('rollup');
    await expectSameFigures(after);
    expect(after.outcomes).toEqual(before.outcomes);
    expect(after.minors).toEqual(before.minors);
    expect(after.moderators).toEqual(before.moderators);
    expect((await loadMeasures(t.db, window)).corrections).toEqual({ undone: measured.undone + 1, reversed: measured.reversed + 1 });
  });
});

describe('the library after a correction', () => {
  it('retires the example made from the case, proposed or accepted, and leaves other cases\' examples alone', async () => {
    const example = (caseId: string, status: 'proposed' | 'accepted') => t.db.insert(libraryExamples)
      .values({ text: `example of ${caseId}`, language: 'en', verdict: 'violation', categoryId: 'insult', sourceCaseId: caseId, status })
      .returning().then(([row]) => row);
    const reversed = await decidedCase(t.db, mod, { action: 'remove', categoryId: 'insult' });
    const undone = await decidedCase(t.db, mod2, { action: 'fold', categoryId: 'insult' });
    const standing = await decidedCase(t.db, mod, { action: 'remove', categoryId: 'insult' });
    const [accepted, proposed, other] = [await example(reversed.case.id, 'accepted'), await example(undone.case.id, 'proposed'), await example(standing.case.id, 'accepted')];

    expect(await call(reverseDecision, sup, { decisionId: reversed.decisionId, reason: 'Banter between friends.' }))
      .toMatchObject({ ok: true, data: { retiredExampleIds: [accepted.id] } });
    expect(await call(undoDecision, mod2, { decisionId: undone.decisionId })).toMatchObject({ ok: true, data: { retiredExampleIds: [proposed.id] } });
    const status = async (id: string) => (await t.db.select().from(libraryExamples).where(eq(libraryExamples.id, id)))[0];
    expect(await status(accepted.id)).toMatchObject({ status: 'retired', reviewedBy: sup.id });
    expect(await status(proposed.id)).toMatchObject({ status: 'retired', reviewedBy: mod2.id });
    expect((await status(other.id)).status).toBe('accepted');
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'case.reverseDecision'), eq(auditLog.targetId, reversed.case.id)));
    expect(audit.after).toMatchObject({ retiredExampleIds: [accepted.id] });
  });
});

describe('a supervisor reversing a decision', () => {
  it('needs a reason, returns the case to its queue unclaimed, and the audit shows the decision and the reversal', async () => {
    const { case: c, decisionId } = await decidedCase(t.db, mod, { action: 'fold', categoryId: 'insult' }, { reporters: 2 });
    await backdate(decisionId, UNDO_WINDOW_MS * 10);
    expect(await call(reverseDecision, mod, { decisionId, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(reverseDecision, sup, { decisionId, reason: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { reason: expect.any(Array) } } });
    expect(await call(reverseDecision, sup, { decisionId, reason: 'The fold hid legitimate criticism.' })).toMatchObject({ ok: true, data: { kind: 'reversal', status: 'open', outboxMessages: 2 } });
    expect(await caseRow(c.id)).toMatchObject({ status: 'open', decision: null, claimedBy: null });
    expect((await t.db.select().from(decisions).where(eq(decisions.id, decisionId)))[0]).toMatchObject({ undoKind: 'reversal', undoneBy: sup.id, undoReason: 'The fold hid legitimate criticism.' });
    expect((await messages(c.id, 'report.outcome.withdrawn'))[0].payload).toMatchObject({ kind: 'reversal', withdrawnOutcome: 'fold' });
    // Both in the audit log, with who and why. (decidedCase decides outside an action, so its row is the decision itself.)
    const reversal = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, c.id), eq(auditLog.action, 'case.reverseDecision')));
    expect(reversal).toEqual([expect.objectContaining({ actorId: sup.id })]);
    expect(reversal[0].before).toMatchObject({ decision: 'fold', decidedBy: mod.id, decisionId });
    expect(reversal[0].after).toMatchObject({ reason: 'The fold hid legitimate criticism.', withdrawnAction: 'fold' });
    // A second reversal of the same decision is refused.
    expect(await call(reverseDecision, sup, { decisionId, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('reverses a warning decided before the undo columns existed, keeping the case\'s category', async () => {
    const { case: c, decisionId } = await decidedCase(t.db, mod, { action: 'warn', categoryId: 'threat' });
    // As migration 0032 found decisions taken before it: no prior state, no warning link.
    await t.db.update(decisions).set({ previousStatus: null, previousCategoryId: null, previousFirstActionAt: null, warningSanctionId: null }).where(eq(decisions.id, decisionId));
    const result = await call(reverseDecision, sup, { decisionId, reason: 'legacy' });
    expect(result).toMatchObject({ ok: true, data: { status: 'open', reversedSanctionId: expect.any(String) } });
    expect(await caseRow(c.id)).toMatchObject({ status: 'open', categoryId: 'threat', firstActionAt: expect.any(Date) });
  });

  it('is refused while a newer case on the same content is open, naming it', async () => {
    const { case: c, decisionId } = await decidedCase(t.db, mod2);
    const [row] = await t.db.select({ key: cases.subjectKey }).from(cases).where(eq(cases.id, c.id));
    const newer = await insertCase(t.db, { categoryId: 'insult' });
    await t.db.update(cases).set({ subjectKey: row.key }).where(eq(cases.id, newer.id));
    expect(await call(reverseDecision, sup, { decisionId, reason: 'wrong' })).toMatchObject({ ok: false, error: { code: 'conflict', fields: { caseId: [newer.id] } } });
  });
});
