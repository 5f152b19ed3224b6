import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, categories, decisions, standardsCategories, standardsVersions, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { claimCase, decideCase } from '@/lib/reports/actions';
import { addCategory, discardDraft, openDraft, publish, saveDraft } from '@/lib/standards/actions';
import { compareVersions } from '@/lib/standards/compare';
import { categoryGuidance, listVersions, loadPublished, loadVersion } from '@/lib/standards/queries';
import { currentStandardsVersion } from '@/lib/standards/store';
import { defaultCategories } from '@/lib/categories/defaults';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { databaseError } from '../support/errors';
import { insertCase } from '../support/cases';
import { createStaff } from '../support/staff';

let t: TestDatabase;
let admin: Staff;
let mod: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [admin, mod] = [await createStaff(t.db, 'admin'), await createStaff(t.db, 'moderator')];
});
afterAll(async () => { await t.drop(); });

async function call<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) {
  const requestId = randomUUID();
  const result = await executeAction(action.definition, { db: t.db, staffId: who.id, requestId }, input);
  const audit = await t.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
  return { result, audit };
}
async function ok<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown): Promise<O> {
  const { result } = await call(action, who, input);
  if (!result.ok) throw new Error(`${action.definition.name}: ${JSON.stringify(result.error)}`);
  return result.data;
}
const reviewedAt = async (version: number) => (await loadVersion(t.db, version))!.summary.updatedAt.toISOString();
async function decide(categoryId: string) {
  const c = await insertCase(t.db, { categoryId });
  await ok(claimCase, mod, { caseId: c.id });
  const outcome = await ok(decideCase, mod, { caseId: c.id, action: 'remove', categoryId });
  const [row] = await t.db.select().from(decisions).where(eq(decisions.id, outcome.decisionId));
  return row;
}

describe('classification standards', () => {
  it('starts with version 1 published: the nine categories with definitions and the line in both languages', async () => {
    const v1 = await loadPublished(t.db);
    expect(v1?.summary).toMatchObject({ version: 1, status: 'published', categories: 9 });
    for (const c of v1!.categories) {
      for (const f of ['definitionEn', 'definitionZh', 'indicatorsEn', 'indicatorsZh', 'notCyberviolenceEn', 'notCyberviolenceZh'] as const) {
        expect(c[f].length, `${c.categoryId}.${f}`).toBeGreaterThan(20);
      }
    }
    const guidance = await categoryGuidance(t.db, 'zh');
    expect(guidance.find((g) => g.categoryId === 'insult')).toMatchObject({ name: '侮辱谩骂', version: 1, notCyberviolence: expect.stringContaining('舆论监督') });
  });

  it('keeps one draft at a time', async () => {
    const first = await ok(openDraft, admin, {});
    const again = await ok(openDraft, admin, {});
    expect(first).toMatchObject({ version: 2, created: true, from: 1 });
    expect(again).toMatchObject({ version: 2, created: false });
    expect(await databaseError(t.db.insert(standardsVersions).values({ version: 99, status: 'draft' }))).toMatch(/standards_one_draft_uq|duplicate key/);
    const copy = await t.db.select().from(standardsCategories).where(eq(standardsCategories.version, 2));
    expect(copy).toHaveLength(9);
  });

  it('gives two admins opening a draft at the same moment one draft, and the loser a conflict rather than an error', async () => {
    await ok(discardDraft, admin, { version: 2 });
    const other = await createStaff(t.db, 'admin');
    const results = await Promise.all([call(openDraft, admin, {}), call(openDraft, other, {})]);
    for (const { result } of results) {
      if (!result.ok) expect(result.error).toMatchObject({ code: 'conflict', fields: { version: ['draft_exists'] } });
    }
    expect(results.filter((r) => r.result.ok && r.result.data.created)).toHaveLength(1);
    expect(await t.db.select().from(standardsVersions).where(eq(standardsVersions.status, 'draft'))).toHaveLength(1);
  });

  it('autosaves a field with one audit row naming only what changed, and refuses invalid values per field', async () => {
    const { result, audit } = await call(saveDraft, admin, {
      version: 2, categoryId: 'insult', changes: { definitionZh: '针对可识别的特定个人使用辱骂语言。', severity: 3, nameEn: 'Insult' },
    });
    expect(result).toMatchObject({ ok: true, data: { changed: ['definitionZh', 'severity'] } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'standards.saveDraft', targetId: '2/insult', before: { severity: 2 }, after: { severity: 3, changed: ['definitionZh', 'severity'] } });
    expect(Object.keys(audit[0].before as object).sort()).toEqual(['definitionZh', 'severity']);

    const bad = await call(saveDraft, admin, { version: 2, categoryId: 'insult', changes: { severity: 7, dueMinutes: 0 } });
    expect(bad.result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'changes.severity': ['severity_invalid'], 'changes.dueMinutes': ['due_minutes_invalid'] } } });
    const published = await call(saveDraft, admin, { version: 1, categoryId: 'insult', changes: { severity: 1 } });
    expect(published.result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { version: ['not_draft'] } } });
  });

  it('diffs the draft against the published version', async () => {
    await ok(saveDraft, admin, { version: 2, categoryId: 'threat', changes: { dueMinutes: 90, notCyberviolenceEn: 'Saying one will sue is not a threat.' } });
    await ok(saveDraft, admin, { version: 2, categoryId: 'derision', changes: { retired: true } });
    const diff = compareVersions((await loadVersion(t.db, 1))!.categories, (await loadVersion(t.db, 2))!.categories);
    const by = Object.fromEntries(diff.map((d) => [d.categoryId, d]));
    expect(by.insult.change).toBe('changed');
    expect(by.insult.fields.find((f) => f.field === 'definitionZh')?.parts).toContainEqual({ op: 'insert', text: '特定' });
    expect(by.threat.fields.map((f) => [f.field, f.before, f.after])).toContainEqual(['dueMinutes', '120', '90']);
    expect(by.derision.change).toBe('retired');
    expect(by.rumour).toMatchObject({ change: 'unchanged', fields: [] });
  });

  it('refuses to publish without a change note or with an unfinished category, naming the fields', async () => {
    await ok(addCategory, admin, { version: 2, categoryId: 'stalking', nameEn: 'Stalking', nameZh: '跟踪骚扰' });
    const taken = await call(addCategory, admin, { version: 2, categoryId: 'stalking', nameEn: 'Again', nameZh: '再次' });
    expect(taken.result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { categoryId: ['id_taken'] } } });
    expect((await call(publish, admin, { version: 2, changeNote: ' ', reviewedAt: await reviewedAt(2) })).result).toMatchObject({ ok: false, error: { fields: { changeNote: ['change_note_required'] } } });
    const incomplete = await call(publish, admin, { version: 2, changeNote: 'Add stalking', reviewedAt: await reviewedAt(2) });
    expect(incomplete.result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'stalking.definitionEn': ['required'], 'stalking.notCyberviolenceZh': ['required'] } } });
    expect(await currentStandardsVersion(t.db)).toBe(1);
  });

  it('publishing applies names, severity, due time and retirement to the queue\'s categories; decisions keep their version', async () => {
    const before = await decide('insult');
    expect(before.standardsVersion).toBe(1);

    await ok(saveDraft, admin, {
      version: 2, categoryId: 'stalking',
      changes: { definitionEn: 'Following a person across accounts.', definitionZh: '跨账号跟踪他人。', notCyberviolenceEn: 'Following a public account.', notCyberviolenceZh: '关注公开账号。', severity: 3, dueMinutes: 300 },
    });
    const note = 'Sharper insult definition; stalking added; derision retired.';
    const reviewed = await reviewedAt(2);
    await ok(saveDraft, admin, { version: 2, categoryId: 'stalking', changes: { indicatorsEn: 'Replies under every post of one person' } });
    const stale = await call(publish, admin, { version: 2, changeNote: note, reviewedAt: reviewed });
    expect(stale.result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { reviewedAt: ['draft_changed'] } } });
    const { result, audit } = await call(publish, admin, { version: 2, changeNote: note, reviewedAt: await reviewedAt(2) });
    expect(result).toMatchObject({ ok: true, data: { version: 2, categories: 10, inUse: 9 } });
    expect(audit).toEqual([expect.objectContaining({ action: 'standards.publish', targetId: '2' })]);

    const rows = Object.fromEntries((await t.db.select().from(categories)).map((c) => [c.id, c]));
    expect(rows.insult).toMatchObject({ severity: 3, active: true });
    expect(rows.threat).toMatchObject({ dueMinutes: 90 });
    expect(rows.derision).toMatchObject({ active: false });
    expect(rows.stalking).toMatchObject({ nameZh: '跟踪骚扰', severity: 3, dueMinutes: 300, active: true, selfHarm: false });

    const after = await decide('stalking');
    expect(after.standardsVersion).toBe(2);
    const [old] = await t.db.select().from(decisions).where(eq(decisions.id, before.id));
    expect(old.standardsVersion).toBe(1);
    expect((await categoryGuidance(t.db, 'en')).find((g) => g.categoryId === 'stalking')).toMatchObject({ version: 2, definition: 'Following a person across accounts.' });
  });

  it('freezes published versions: the database refuses UPDATE, DELETE and new rows', async () => {
    for (const version of [1, 2]) {
      const row = and(eq(standardsCategories.version, version), eq(standardsCategories.categoryId, 'insult'));
      expect(await databaseError(t.db.update(standardsCategories).set({ definitionEn: 'rewritten' }).where(row))).toMatch(/immutable/);
      expect(await databaseError(t.db.delete(standardsCategories).where(row))).toMatch(/immutable/);
      expect(await databaseError(t.db.update(standardsVersions).set({ changeNote: 'edited' }).where(eq(standardsVersions.version, version)))).toMatch(/immutable/);
      expect(await databaseError(t.db.delete(standardsVersions).where(eq(standardsVersions.version, version)))).toMatch(/immutable/);
      expect(await databaseError(t.db.insert(standardsCategories).values({
        version, categoryId: 'sneaked_in', nameEn: 'x', nameZh: 'x', severity: 1, defaultAction: 'fold', dueMinutes: 60,
      }))).toMatch(/immutable/);
    }
    expect(await databaseError(t.db.execute(sql`truncate standards_categories`))).toMatch(/immutable/);
    const [insult] = await t.db.select().from(standardsCategories).where(and(eq(standardsCategories.version, 1), eq(standardsCategories.categoryId, 'insult')));
    expect(insult.severity).toBe(2);
  });

  it('lists every version in the history; a discarded draft leaves the published one current', async () => {
    const draft = await ok(openDraft, admin, {});
    expect(draft).toMatchObject({ version: 3, from: 2 });
    expect((await listVersions(t.db)).map((v) => [v.version, v.status])).toEqual([[3, 'draft'], [2, 'published'], [1, 'published']]);
    await ok(discardDraft, admin, { version: 3 });
    const history = await listVersions(t.db);
    expect(history.map((v) => v.version)).toEqual([2, 1]);
    expect(history[0]).toMatchObject({ publishedBy: admin.name, changeNote: expect.stringContaining('stalking added') });
    expect(await currentStandardsVersion(t.db)).toBe(2);
  });
});

describe('a database with categories but no standards yet', () => {
  let bare: TestDatabase;
  beforeAll(async () => { bare = await createTestDatabase({ seed: false }); });
  afterAll(async () => { await bare.drop(); });

  it('opens the first draft from the queue\'s categories, to be completed before it can be published', async () => {
    await bare.db.insert(categories).values(defaultCategories.map((c) => ({ ...c, active: c.id !== 'derision' })));
    const editor = await createStaff(bare.db, 'admin');
    const run = (action: { definition: ActionDefinition<any, unknown> }, input: unknown) =>
      executeAction(action.definition, { db: bare.db, staffId: editor.id, requestId: randomUUID() }, input);
    expect(await run(openDraft, {})).toMatchObject({ ok: true, data: { version: 1, created: true, from: null } });
    const draft = await bare.db.select().from(standardsCategories).where(eq(standardsCategories.version, 1));
    expect(draft).toHaveLength(9);
    expect(draft.find((c) => c.categoryId === 'threat')).toMatchObject({ severity: 4, dueMinutes: 120, retired: false, definitionEn: '' });
    expect(draft.find((c) => c.categoryId === 'derision')?.retired).toBe(true);
    const reviewed = (await loadVersion(bare.db, 1))!.summary.updatedAt.toISOString();
    expect(await run(publish, { version: 1, changeNote: 'First version', reviewedAt: reviewed })).toMatchObject({ ok: false, error: { fields: { 'threat.definitionEn': ['required'] } } });
  });
});
