import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { cases, decisions, evidenceSnapshots, type Staff } from '@/db/schema';
import { loadCaseView } from '@/lib/reports/case-view';
import { recordCaseView } from '@/lib/reports/case-access';
import { auditLog } from '@/db/schema';
import { and } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase } from '../support/cases';

let t: TestDatabase;
let mod: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  mod = await createStaff(t.db, 'moderator');
});
afterAll(async () => { await t.drop(); });

describe('the case view', () => {
  it('verifies the evidence snapshot against its hash and flags a changed one', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult', text: '你这种人就该闭嘴\n<script>alert(1)</script>', reporters: 2 });
    const view = await loadCaseView(t.db, c.id, mod.id);
    expect(view!.evidence).toMatchObject({ verified: true, content: { text: '你这种人就该闭嘴\n<script>alert(1)</script>' } });
    expect(view!.tamperedEvidenceIds).toEqual([]);
    expect(view!.reports).toHaveLength(2);

    await t.db.update(evidenceSnapshots)
      .set({ content: sql`jsonb_set(${evidenceSnapshots.content}, '{text}', '"edited"')` })
      .where(eq(evidenceSnapshots.id, c.firstEvidenceId!));
    const after = await loadCaseView(t.db, c.id, mod.id);
    expect(after!.evidence!.verified).toBe(false);
    expect(after!.tamperedEvidenceIds).toEqual([c.firstEvidenceId]);
  });

  it('lists earlier cases of the reported account and of the target, with their decisions', async () => {
    const earlier = await insertCase(t.db, { subjectAccountId: 'acct-bully', targetAccountId: 'acct-kid', categoryId: 'insult', status: 'decided' });
    await t.db.update(cases).set({ decision: 'remove', decidedAt: new Date() }).where(eq(cases.id, earlier.id));
    const retaliation = await insertCase(t.db, { subjectAccountId: 'acct-kid', targetAccountId: 'acct-bully', categoryId: 'insult' });
    const unrelated = await insertCase(t.db, { subjectAccountId: 'acct-other', targetAccountId: 'acct-someone' });
    const c = await insertCase(t.db, { subjectAccountId: 'acct-bully', targetAccountId: 'acct-kid', targetIsMinor: true, claimedBy: mod.id });

    const view = (await loadCaseView(t.db, c.id, mod.id))!;
    expect(view.subjectHistory.map((h) => h.id)).toEqual([earlier.id]);
    expect(view.subjectHistory[0]).toMatchObject({ decision: 'remove', status: 'decided' });
    expect(view.targetHistory.map((h) => h.id).sort()).toEqual([earlier.id, retaliation.id].sort());
    expect([...view.subjectHistory, ...view.targetHistory].map((h) => h.id)).not.toContain(unrelated.id);
    expect(view.lease).toMatchObject({ holderId: mod.id, holderName: mod.name, active: true, mine: true });
  });

  it('shows the decision history and an expired lease as inactive', async () => {
    // mod's earlier hold goes back first: one undecided case per moderator is a unique index.
    await t.db.update(cases).set({ claimedBy: null, leaseExpiresAt: null }).where(eq(cases.claimedBy, mod.id));
    const c = await insertCase(t.db, { categoryId: 'threat', status: 'escalated', claimedBy: mod.id, leaseExpiresAt: new Date(Date.now() - 1000) });
    await t.db.insert(decisions).values({ caseId: c.id, decidedBy: mod.id, action: 'escalate', note: 'needs a supervisor' });
    const view = (await loadCaseView(t.db, c.id, 'someone-else'))!;
    expect(view.decisions).toEqual([expect.objectContaining({ action: 'escalate', note: 'needs a supervisor', deciderName: mod.name })]);
    expect(view.lease).toMatchObject({ active: false, mine: false });
    expect(await loadCaseView(t.db, '00000000-0000-4000-8000-000000000000', mod.id)).toBeNull();
  });

  it('puts who opened a case on record, once per reader within the window', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult', text: 'personal data inside' });
    const other = await createStaff(t.db, 'supervisor');
    const views = () => t.db.select().from(auditLog).where(and(eq(auditLog.action, 'case.view'), eq(auditLog.targetId, c.id)));
    await recordCaseView(t.db, mod, c.id);
    await recordCaseView(t.db, mod, c.id);
    await recordCaseView(t.db, other, c.id);
    const rows = await views();
    expect(rows.map((r) => r.actorId).sort()).toEqual([mod.id, other.id].sort());
    expect(rows[0]).toMatchObject({ actorType: 'staff', targetType: 'case' });
  });
});
