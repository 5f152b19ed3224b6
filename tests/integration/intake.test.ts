import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { apiKeys, auditLog, cases, categories, evidenceSnapshots, reports } from '@/db/schema';
import { queryRows } from '@/db/query';
import { reportInput } from '@/lib/reports/intake-schema';
import { intakeReports } from '@/lib/reports/intake';
import { computePriority, explainPriority } from '@/lib/reports/priority';
import { verifyEvidence } from '@/lib/reports/evidence';
import { receiveReport, receiveReportBatch } from '@/lib/reports/api';
import { serveOpenApiDocument } from '@/lib/api/openapi';
import type { RouteHandler } from '@/lib/api/route';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let key: string;
let keyId: string;
let revokedKey: string;
beforeAll(async () => {
  t = await createTestDatabase();
  ({ key, id: keyId } = await createTestApiKey(t.db));
  revokedKey = (await createTestApiKey(t.db, { revoked: true })).key;
});
afterAll(async () => { await t.drop(); });

let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;
type Overrides = { [k: string]: unknown; reporter?: object; subject?: object; target?: object | undefined };
/** A valid report on its own new subject, unless overridden. */
function report(o: Overrides = {}) {
  const id = unique();
  return {
    externalId: `ext-${id}`,
    channel: 'comment',
    category: 'insult',
    description: 'keeps replying to every post of my daughter',
    ...o,
    reporter: { accountId: `reporter-${id}`, isMinor: false, ...o.reporter },
    subject: { contentId: `content-${id}`, accountId: 'troll-1', text: '你真是个废物，滚出网络 — you are trash', context: ['earlier reply'], createdAt: '2025-03-01T08:00:00Z', ...o.subject },
    ...('target' in o ? { target: o.target } : { target: { accountId: 'victim-1', isMinor: false } }),
  };
}

const actor = { type: 'system' as const, id: null, label: 'intake test' };
function intake(items: unknown[], now = new Date(), apiKeyId: string | null = null) {
  return t.db.transaction((tx) => intakeReports(tx, items.map((i) => reportInput.parse(i)), { apiKeyId, actor, requestId: `req-${unique()}`, now }));
}
async function accepted(item: unknown, now?: Date) {
  const [result] = await intake([item], now);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

async function counts() {
  const n = async (table: typeof reports | typeof cases | typeof evidenceSnapshots | typeof auditLog) => (await t.db.select({ n: count() }).from(table))[0].n;
  return { reports: await n(reports), cases: await n(cases), evidence: await n(evidenceSnapshots), audit: await n(auditLog) };
}
const caseRow = async (id: string) => (await t.db.select().from(cases).where(eq(cases.id, id)))[0];

function post(handler: RouteHandler, body: unknown, opts: { key?: string | null; raw?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const k = opts.key === undefined ? key : opts.key;
  if (k) headers.authorization = `Bearer ${k}`;
  return handler(new Request('http://test/api/v1/reports', { method: 'POST', headers, body: opts.raw ?? JSON.stringify(body) }), { params: Promise.resolve({}) });
}

describe('report intake', () => {
  it('stores the report, its evidence, its case and one audit row', async () => {
    const before = await counts();
    const item = report();
    const result = await accepted(item);
    expect(await counts()).toEqual({ reports: before.reports + 1, cases: before.cases + 1, evidence: before.evidence + 1, audit: before.audit + 1 });
    const c = await caseRow(result.caseId);
    expect(c).toMatchObject({ subjectKey: `content:${item.subject.contentId}`, reportCount: 1, reporterCount: 1, categoryId: 'insult', severity: 2, status: 'open' });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, result.id));
    expect(audit).toMatchObject({ action: 'report.receive', targetType: 'report', after: { externalId: item.externalId, caseId: result.caseId } });
  });

  it('writes nothing for a replayed externalId and answers with the first result; other content under it is a conflict', async () => {
    const item = report();
    const first = await accepted(item);
    const before = await counts();
    const [again] = await intake([item]);
    expect(again).toEqual({ ...first, replayed: true });
    const [changed] = await intake([{ ...item, subject: { ...item.subject, text: 'a different text' } }]);
    expect(changed).toMatchObject({ ok: false, conflictsWith: first.id, errors: [{ field: 'externalId' }] });
    expect(await counts()).toEqual(before);
  });

  it('treats a repeated externalId within one batch as a replay of the first', async () => {
    const item = report();
    const before = await counts();
    const [a, b, c] = await intake([item, item, { ...item, category: 'threat' }]);
    expect(a).toMatchObject({ ok: true, replayed: false });
    expect(b).toEqual({ ...a, replayed: true });
    // The same id with other content in the same batch is a conflict with the first, not a silent drop.
    expect(c).toMatchObject({ ok: false, conflictsWith: a.ok ? a.id : '' });
    expect((await counts()).reports).toBe(before.reports + 1);
  });

  it('joins reports on one subject into one case and counts distinct reporters', async () => {
    const contentId = `shared-${unique()}`;
    const on = (reporter: string) => report({ reporter: { accountId: reporter }, subject: { contentId } });
    const first = await accepted(on('alice'));
    const twice = await accepted(on('alice'));
    expect(twice.priority).toBe(first.priority);
    const third = await accepted(on('bob'));
    expect(new Set([first.caseId, twice.caseId, third.caseId]).size).toBe(1);
    expect(third.priority).toBeGreaterThan(first.priority);
    // Ordered by the risk score within the band (lib/model/risk.ts), distinct reporters among its factors.
    const row = await caseRow(first.caseId);
    expect(third.priority).toBe(computePriority({ involvesMinor: false, selfHarm: false, severity: 2, distinctReporters: 2, risk: row.riskScore }));
    expect(row).toMatchObject({ reportCount: 3, reporterCount: 2 });
    expect(row.riskFactors!.find((f) => f.factor === 'reports')!.detail).toMatchObject({ reporters: 2 });
  });

  it('keys subjects without a content id by account, channel and text', async () => {
    const subject = { contentId: undefined, accountId: `streamer-${unique()}`, text: '直播间里说她活该被骂' };
    const a = await accepted(report({ channel: 'livestream', subject }));
    const b = await accepted(report({ channel: 'livestream', subject }));
    const other = await accepted(report({ channel: 'livestream', subject: { ...subject, text: 'something else' } }));
    expect(b.caseId).toBe(a.caseId);
    expect(other.caseId).not.toBe(a.caseId);
    expect((await caseRow(a.caseId)).subjectKey).toMatch(new RegExp(`^account:${subject.accountId}:livestream:[0-9a-f]{16}$`));
  });

  it('opens a new case for a subject whose case was decided', async () => {
    const contentId = `decided-${unique()}`;
    const first = await accepted(report({ subject: { contentId } }));
    await t.db.update(cases).set({ status: 'decided', decidedAt: new Date() }).where(eq(cases.id, first.caseId));
    const later = await accepted(report({ subject: { contentId } }));
    expect(later.caseId).not.toBe(first.caseId);
    expect(later.status).toBe('open');
  });

  it('puts a minor (reporter or target) first with a due time one hour after receipt', async () => {
    const now = new Date('2025-06-01T10:00:00Z');
    for (const minor of [{ reporter: { isMinor: true } }, { target: { accountId: 'child-1', isMinor: true } }]) {
      const result = await accepted(report({ category: 'derision', ...minor }), now);
      expect(explainPriority(result.priority).involvesMinor).toBe(true);
      expect(result.priority).toBeGreaterThan(computePriority({ involvesMinor: false, selfHarm: true, severity: 4, distinctReporters: 999_999 }));
      expect(result.dueAt.toISOString()).toBe('2025-06-01T11:00:00.000Z');
    }
  });

  it('moves an existing case earlier when a minor joins it, and never later', async () => {
    const contentId = `joined-${unique()}`;
    const first = await accepted(report({ subject: { contentId } }), new Date('2025-06-01T10:00:00Z'));
    expect(first.dueAt.toISOString()).toBe('2025-06-02T10:00:00.000Z');
    const minor = await accepted(report({ subject: { contentId }, reporter: { isMinor: true } }), new Date('2025-06-01T12:00:00Z'));
    expect(minor.dueAt.toISOString()).toBe('2025-06-01T13:00:00.000Z');
    const adult = await accepted(report({ subject: { contentId } }), new Date('2025-06-01T12:30:00Z'));
    expect(adult.dueAt.toISOString()).toBe('2025-06-01T13:00:00.000Z');
    expect(adult.priority).toBe(computePriority({ involvesMinor: true, selfHarm: false, severity: 2, distinctReporters: 3, risk: (await caseRow(adult.caseId)).riskScore }));
  });

  it('takes the most severe reported category and flags self-harm', async () => {
    const contentId = `severe-${unique()}`;
    await accepted(report({ category: 'derision', subject: { contentId } }));
    await accepted(report({ category: undefined, subject: { contentId } }));
    const last = await accepted(report({ category: 'self_harm', subject: { contentId } }));
    expect(await caseRow(last.caseId)).toMatchObject({ categoryId: 'self_harm', severity: 4, selfHarm: true, reporterCount: 3 });
    expect(explainPriority(last.priority)).toMatchObject({ involvesMinor: false, selfHarm: true });
    expect((await caseRow(last.caseId)).riskFactors!.find((f) => f.factor === 'severity')).toMatchObject({ value: 1, detail: { severity: 4 } });
  });

  it('rejects an unknown or inactive category, naming category', async () => {
    await t.db.insert(categories).values({ id: 'retired', nameEn: 'Retired', nameZh: '停用', severity: 1, dueMinutes: 60, active: false });
    const before = await counts();
    for (const category of ['no-such-category', 'retired']) {
      const [result] = await intake([report({ category })]);
      expect(result).toEqual({ ok: false, errors: [{ field: 'category', message: expect.stringContaining(category) }] });
      const res = await post(receiveReport, report({ category }));
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({ code: 'invalid_input', errors: [{ field: 'category' }] });
    }
    expect(await counts()).toEqual(before);
  });

  it('leaves nothing behind when a statement fails mid-intake', async () => {
    const before = await counts();
    // An API key id that does not exist fails the reports insert, after evidence and cases were written.
    await expect(intake([report(), report()], new Date(), '00000000-0000-4000-8000-000000000000')).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it('stores evidence that verifies, and a tampered copy does not', async () => {
    const item = report({ subject: { context: ['上一条：她发了照片', 'reply: 地址是 幸福路 88 号'] } });
    const result = await accepted(item);
    const [snapshot] = await queryRows<{ content: Record<string, unknown>; sha256: string; first: string }>(t.db, sql`
      select e.content, e.sha256, c.first_evidence_id as first
      from reports r join evidence_snapshots e on e.id = r.evidence_id join cases c on c.id = r.case_id where r.id = ${result.id}`);
    expect(snapshot.content).toEqual({
      channel: 'comment', accountId: 'troll-1', contentId: item.subject.contentId, text: item.subject.text,
      context: item.subject.context, createdAt: '2025-03-01T08:00:00.000Z',
    });
    expect(verifyEvidence(snapshot.content, snapshot.sha256)).toBe(true);
    expect(verifyEvidence({ ...snapshot.content, text: `${snapshot.content.text}.` }, snapshot.sha256)).toBe(false);
    const [{ id: evidenceId }] = await t.db.select({ id: reports.evidenceId }).from(reports).where(eq(reports.id, result.id));
    expect(snapshot.first).toBe(evidenceId);
  });

  it('never opens two cases for one subject under concurrent intake', async () => {
    const contentId = `race-${unique()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => accepted(report({ subject: { contentId } }))));
    expect(new Set(results.map((r) => r.caseId)).size).toBe(1);
    expect(await caseRow(results[0].caseId)).toMatchObject({ reportCount: 8, reporterCount: 8 });
  });
});

describe('POST /api/v1/reports', () => {
  it('answers 201 when stored and 200 with the same body on replay', async () => {
    const item = report();
    const created = await post(receiveReport, item);
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(Object.keys(body).sort()).toEqual(['caseId', 'dueAt', 'id', 'priority', 'status']);
    const before = await counts();
    const replay = await post(receiveReport, item);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(body);
    expect(await counts()).toEqual(before);
  });

  it('records the key as the audit actor and when it was last used', async () => {
    const res = await post(receiveReport, report());
    const { id } = await res.json();
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit).toMatchObject({ actorType: 'api_key', actorId: keyId });
    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, keyId));
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });

  it('refuses a missing, unknown or revoked key with 401 JSON', async () => {
    for (const k of [null, 'bwk_unknown', revokedKey]) {
      const res = await post(receiveReport, report(), { key: k });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
  });

  it('answers 400 invalid_json for a body that is not JSON', async () => {
    const res = await post(receiveReport, null, { raw: '{"externalId": ' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_json');
  });

  it('names every bad field', async () => {
    const before = await counts();
    const res = await post(receiveReport, {
      ...report({ channel: 'fax', subject: { text: 'x'.repeat(20_001), createdAt: 'yesterday' } }), externalId: '', surprise: true,
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_input');
    expect(error.errors.map((e: { field: string }) => e.field).sort()).toEqual(['channel', 'externalId', 'subject.createdAt', 'subject.text', 'surprise']);
    expect(await counts()).toEqual(before);
  });

  it('requires a target on content channels only', async () => {
    const missing = await post(receiveReport, report({ target: undefined }));
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.errors).toEqual([{ field: 'target', message: expect.stringContaining('comment') }]);
    expect((await post(receiveReport, report({ channel: 'topic', target: undefined }))).status).toBe(201);
  });

  it('stores each report once when the same externalId arrives concurrently', async () => {
    const item = report();
    const statuses = (await Promise.all(Array.from({ length: 6 }, () => post(receiveReport, item)))).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201]);
    expect((await t.db.select({ n: count() }).from(reports).where(eq(reports.externalId, item.externalId)))[0].n).toBe(1);
  });
});

describe('POST /api/v1/reports/batch', () => {
  it('stores exactly the valid items and names each bad field of the others', async () => {
    const before = await counts();
    const [good1, good2] = [report(), report()];
    const res = await post(receiveReportBatch, {
      reports: [
        good1,
        report({ subject: { text: undefined }, reporter: { accountId: '' } }),
        report({ category: 'nonsense' }),
        good2,
        'not an object',
        good1,
      ],
    });
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results.map((r: { index: number; ok: boolean }) => [r.index, r.ok])).toEqual([[0, true], [1, false], [2, false], [3, true], [4, false], [5, true]]);
    expect(results[1].errors.map((e: { field: string }) => e.field).sort()).toEqual(['reporter.accountId', 'subject.text']);
    expect(results[2].errors).toEqual([{ field: 'category', message: expect.any(String) }]);
    expect(results[4].errors).toHaveLength(1);
    expect(results[5]).toEqual({ ...results[0], index: 5, replayed: true });
    expect(results[0].replayed).toBe(false);
    const after = await counts();
    expect(after).toEqual({ reports: before.reports + 2, cases: before.cases + 2, evidence: before.evidence + 2, audit: before.audit + 2 });
  });

  it('refuses an empty or oversized batch, naming reports', async () => {
    for (const reports of [[], Array.from({ length: 1001 }, () => report())]) {
      const res = await post(receiveReportBatch, { reports });
      expect(res.status).toBe(400);
      expect((await res.json()).error.errors.map((e: { field: string }) => e.field)).toEqual(['reports']);
    }
  });

  it('stores 1,000 reports in one call', async () => {
    const before = await counts();
    const contentId = `viral-${unique()}`;
    const items = Array.from({ length: 1000 }, (_, i) => report(i % 2 ? { subject: { contentId } } : {}));
    const res = await post(receiveReportBatch, { reports: items });
    const { results } = await res.json();
    expect(results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    expect(await counts()).toEqual({ reports: before.reports + 1000, cases: before.cases + 501, evidence: before.evidence + 1000, audit: before.audit + 1000 });
    expect(await caseRow(results[1].caseId)).toMatchObject({ reportCount: 500, reporterCount: 500 });
  });

  it('stores nothing of a batch whose transaction fails, and answers 500 JSON with the request id', async () => {
    await t.db.execute(sql`
      create function refuse_exploding_report() returns trigger language plpgsql as $$
      begin if new.external_id like 'explode-%' then raise exception 'refused by test trigger'; end if; return new; end $$`);
    await t.db.execute(sql`create trigger refuse_exploding_report before insert on reports for each row execute function refuse_exploding_report()`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const before = await counts();
      const secret = report({ subject: { text: '她家住在幸福路88号 phone 13800001234' } });
      const res = await post(receiveReportBatch, { reports: [secret, report({ externalId: `explode-${unique()}` }), report()] });
      expect(res.status).toBe(500);
      const { error } = await res.json();
      expect(error).toMatchObject({ code: 'internal', requestId: res.headers.get('x-request-id') });
      expect(error.message).toContain(error.requestId);
      expect(await counts()).toEqual(before);
      // The server log names the request and the cause, but never the reported content.
      const log = logged.mock.calls.flat().join(' ');
      expect(log).toContain(error.requestId);
      expect(log).toContain('refused by test trigger');
      expect(log).not.toContain('13800001234');
    } finally {
      logged.mockRestore();
      await t.db.execute(sql`drop trigger refuse_exploding_report on reports`);
    }
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('documents the intake endpoints as OpenAPI 3.1', async () => {
    const res = await serveOpenApiDocument();
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/reports', '/reports/batch']));
    expect(doc.components.schemas.Report.required).toEqual(expect.arrayContaining(['externalId', 'channel', 'reporter', 'subject']));
  });
});
