import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import { auditLog, libraryExamples, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { acceptExample, importExamples, proposeExample, rejectExample, updateExample } from '@/lib/library/actions';
import { searchExamples, similarExamples } from '@/lib/library/queries';
import { REDACTED } from '@/lib/library/redact';
import { libraryFilters } from '@/lib/library/search-query';
import { seedDemoLibrary } from '@/scripts/seed/demo-library';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertDecidedCase, insertExample } from '../support/library';

const coldTrain = path.resolve(import.meta.dirname, '../../../shared/data/cold/train.csv');

let t: TestDatabase;
let mod: Staff;
let admin: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, admin] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'admin')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
async function call<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) {
  const requestId = `library-${++req}`;
  return { requestId, result: await executeAction(action.definition, { db: t.db, staffId: who.id, requestId }, input) };
}
const filters = (f: Record<string, unknown>) => libraryFilters.parse(f);
async function search(f: Record<string, unknown>, limit = 100) {
  return (await searchExamples(t.db, filters(f), null, limit)).rows.map((r) => r.text);
}
const total = async () => (await t.db.select({ n: count() }).from(libraryExamples))[0].n;

describe('search', () => {
  const tag = `s${Date.now()}`;
  beforeAll(async () => {
    const accepted = { status: 'accepted' as const, tags: [tag] };
    await insertExample(t.db, { ...accepted, text: '这位局长滥用职权，把公款用于私人旅游，应当被调查。', language: 'zh', verdict: 'not_violation', categoryId: 'defamation', channel: 'post' });
    await insertExample(t.db, { ...accepted, text: '隔壁那个胖女人又丑又蠢，大家去她主页骂她。', language: 'zh', verdict: 'violation', categoryId: 'insult', channel: 'comment' });
    await insertExample(t.db, { ...accepted, text: '局长你就是个废物，滚出去', language: 'zh', verdict: 'violation', categoryId: 'insult', channel: 'post' });
    await insertExample(t.db, { ...accepted, text: 'The CEO LIED to regulators about the recall.', language: 'en', verdict: 'not_violation', categoryId: 'defamation', channel: 'post' });
    await insertExample(t.db, { status: 'proposed', tags: [tag], text: '局长滥用职权 (proposed, not yet searchable)', language: 'zh' });
  });

  it('finds Chinese substrings without word splitting, short and long', async () => {
    expect(await search({ q: '滥用职权', tag })).toEqual(['这位局长滥用职权，把公款用于私人旅游，应当被调查。']);
    expect(await search({ q: '私人旅', tag })).toHaveLength(1);
    expect((await search({ q: '局长', tag })).sort()).toEqual(['局长你就是个废物，滚出去', '这位局长滥用职权，把公款用于私人旅游，应当被调查。'].sort());
    expect(await search({ q: '丑', tag })).toEqual(['隔壁那个胖女人又丑又蠢，大家去她主页骂她。']);
  });

  it('matches English regardless of case, and % or _ literally', async () => {
    expect(await search({ q: 'ceo lied', tag })).toEqual(['The CEO LIED to regulators about the recall.']);
    expect(await search({ q: '100%', tag })).toEqual([]);
  });

  it('combines filters with AND', async () => {
    expect(await search({ q: '局长', verdict: 'violation', tag })).toEqual(['局长你就是个废物，滚出去']);
    expect(await search({ verdict: 'violation', channel: 'comment', tag })).toEqual(['隔壁那个胖女人又丑又蠢，大家去她主页骂她。']);
    expect(await search({ categoryId: 'defamation', language: 'en', tag })).toEqual(['The CEO LIED to regulators about the recall.']);
    expect(await search({ categoryId: 'defamation', language: 'en', verdict: 'violation', tag })).toEqual([]);
    expect(await search({ q: '局长', status: 'proposed', tag })).toEqual(['局长滥用职权 (proposed, not yet searchable)']);
  });

  it('shows the nearest accepted example of each verdict beside a report', async () => {
    const similar = await similarExamples(t.db, '局长滥用职权，公款旅游，大家去她主页骂她');
    expect(similar.not_violation[0]?.text).toBe('这位局长滥用职权，把公款用于私人旅游，应当被调查。');
    expect(similar.violation[0]?.text).toBe('隔壁那个胖女人又丑又蠢，大家去她主页骂她。');
  });
});

describe('keyset pages', () => {
  it('cover every matching row exactly once, ties on created_at included, for long and one-character queries', async () => {
    const tag = `page${Date.now()}`;
    const at = new Date('2026-01-01T00:00:00Z');
    const values = Array.from({ length: 53 }, (_, i) => ({
      text: `分页样本 ${i}`, language: 'zh' as const, verdict: 'violation' as const, status: 'accepted' as const, tags: [tag],
      createdAt: new Date(at.getTime() + Math.floor(i / 4) * 1000),
    }));
    await t.db.insert(libraryExamples).values(values);
    for (const q of ['分页样本', '页']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await searchExamples(t.db, filters({ tag, q }), cursor, 7);
        seen.push(...page.rows.map((r) => r.text));
        cursor = page.next;
        pages += 1;
      } while (cursor && pages < 20);
      expect(pages, q).toBe(8);
      expect(seen, q).toHaveLength(53);
      expect(new Set(seen).size, q).toBe(53);
    }
  });
});

describe('import', () => {
  it('reports every bad row and imports none of the file', async () => {
    const before = await total();
    const csv = '\uFEFFtext,verdict,category\n"good, with comma",violation,insult\n,violation,\nbad verdict,maybe,\nunknown,0,not-a-category\n';
    const { result } = await call(importExamples, admin, { csv });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { rows: ['line 3: text is empty', 'line 4: verdict "maybe" is not violation, not_violation, 1 or 0', 'line 5: unknown category "not-a-category"'] } } });
    expect(await total()).toBe(before);
  });

  it('imports a clean file as proposed examples with one audit row', async () => {
    const { requestId, result } = await call(importExamples, admin, { csv: 'text,label,language\n"multi\nline 导入",1,\nfine,0,en\n', fileName: 'clean.csv' });
    expect(result).toEqual({ ok: true, data: { imported: 2, errors: [] } });
    expect(await search({ q: 'line 导入', status: 'proposed' })).toEqual(['multi\nline 导入']);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
    expect(audit.map((a) => [a.action, a.after])).toEqual([['library.import', { fileName: 'clean.csv', imported: 2 }]]);
  });

  it.skipIf(!fs.existsSync(coldTrain))('imports the COLD training set: every row, Chinese, with its label', { timeout: 300_000 }, async () => {
    const before = await total();
    const { result } = await call(importExamples, admin, { csv: fs.readFileSync(coldTrain, 'utf8'), fileName: 'train.csv' });
    expect(result).toEqual({ ok: true, data: { imported: 25_726, errors: [] } });
    expect(await total()).toBe(before + 25_726);
    const byVerdict = await t.db.select({ verdict: libraryExamples.verdict, n: count() }).from(libraryExamples)
      .where(eq(libraryExamples.proposedBy, admin.id)).groupBy(libraryExamples.verdict);
    expect(byVerdict.reduce((s, r) => s + r.n, 0)).toBe(25_726 + 2);
    expect(byVerdict.every((r) => r.n > 5000)).toBe(true);
  });
});

describe('propose and review', () => {
  it('a moderator proposes from a decided case with redactions, an admin edits and accepts; each step audited', async () => {
    const c = await insertDecidedCase(t.db, mod.id, 'remove', { text: '王小明你这个骗子，电话13812345678，大家去骂他', context: ['邮箱 wxm@example.com'], channel: 'comment' });
    const proposed = await call(proposeExample, mod, { caseId: c.id, redact: [{ start: 0, end: 3 }], rationale: '辱骂私人并号召围攻', tags: ['pile-on'] });
    expect(proposed.result).toMatchObject({ ok: true });
    const id = (proposed.result as { data: { id: string } }).data.id;
    const [row] = await t.db.select().from(libraryExamples).where(eq(libraryExamples.id, id));
    expect(row).toMatchObject({
      text: `${REDACTED}你这个骗子，电话${REDACTED}，大家去骂他`, context: `邮箱 ${REDACTED}`, verdict: 'violation', status: 'proposed',
      sourceCaseId: c.id, proposedBy: mod.id, channel: 'comment', language: 'zh', categoryId: 'insult', tags: ['pile-on'],
    });
    expect(row.redactions).toHaveLength(2);

    expect((await call(proposeExample, mod, { caseId: c.id, redact: [], rationale: '', tags: [] })).result)
      .toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await call(acceptExample, mod, { id })).result).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const edited = await call(updateExample, admin, {
      id, text: row.text, context: row.context, verdict: 'violation', categoryId: 'insult', language: 'zh', channel: 'comment', tags: ['pile-on', 'private-person'], rationale: '辱骂私人并号召围攻；对象不是公众人物',
    });
    expect(edited.result).toMatchObject({ ok: true });
    const accepted = await call(acceptExample, admin, { id });
    expect(accepted.result).toEqual({ ok: true, data: { id, status: 'accepted' } });
    expect((await call(acceptExample, admin, { id })).result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await search({ q: '大家去骂他' })).toContain(row.text);

    const audit = await t.db.select().from(auditLog)
      .where(inArray(auditLog.requestId, [proposed.requestId, edited.requestId, accepted.requestId])).orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.actorId, a.targetId])).toEqual([
      ['library.propose', mod.id, id], ['library.update', admin.id, id], ['library.accept', admin.id, id],
    ]);
    expect(audit[1].before).toMatchObject({ tags: ['pile-on'] });
    expect(audit[1].after).toMatchObject({ tags: ['pile-on', 'private-person'] });
    expect(audit[2].after).toEqual({ status: 'accepted' });
  });

  it('refuses a case that is not decided, and rejecting a proposal retires it', async () => {
    const open = await insertDecidedCase(t.db, mod.id, 'escalate');
    expect((await call(proposeExample, mod, { caseId: open.id, redact: [], rationale: '', tags: [] })).result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const fine = await insertDecidedCase(t.db, mod.id, 'not_violation', { text: 'The minister wasted public money and should resign.' });
    const p = await call(proposeExample, mod, { caseId: fine.id, redact: [], rationale: 'criticism of an official', tags: [] });
    const id = (p.result as { data: { id: string } }).data.id;
    expect((await call(rejectExample, admin, { id })).result).toEqual({ ok: true, data: { id, status: 'retired' } });
    const [row] = await t.db.select().from(libraryExamples).where(eq(libraryExamples.id, id));
    expect(row).toMatchObject({ verdict: 'not_violation', status: 'retired', reviewedBy: admin.id, language: 'en' });
  });
});

describe('demo seed', () => {
  it('holds at least 60 accepted examples, 20 of them Chinese, on both sides of the line', async () => {
    const at = new Date('2026-02-01T00:00:00Z');
    await seedDemoLibrary(t.db, at);
    const rows = await t.db.select().from(libraryExamples).where(and(eq(libraryExamples.reviewedAt, at), eq(libraryExamples.status, 'accepted')));
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.language === 'zh').length).toBeGreaterThanOrEqual(20);
    expect(rows.filter((r) => r.verdict === 'not_violation').length).toBeGreaterThanOrEqual(25);
    const similar = await similarExamples(t.db, '这位局长上任以来问题不断，他必须公开回应');
    expect(similar.not_violation.length).toBeGreaterThan(0);
  });
});
