import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { cases, evidenceSnapshots, modelVersions, reports, standardsVersions, type Staff } from '@/db/schema';
import { seedDemoLibrary } from '@/scripts/seed/demo-library';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { importTraining, promoteModel, rollBackModel, saveModelSettings, trainModel } from '@/lib/model/actions';
import { forgetLoadedModel, servingModel } from '@/lib/model/loaded';
import { promoteVersion } from '@/lib/model/store';
import { precheckTexts } from '@/lib/model/precheck';
import { precheckRoute } from '@/lib/model/precheck-route';
import { defaultPrecheckSettings } from '@/lib/model/precheck-settings';
import { modelOverview, previewSettings } from '@/lib/model/queries';
import { settingsChanges } from '@/lib/model/settings-store';
import { openDraft } from '@/lib/standards/store';
import { queryRows } from '@/db/query';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let admin: Staff;
let key: string;
beforeAll(async () => {
  t = await createTestDatabase();
  forgetLoadedModel();
  admin = await createStaff(t.db, 'admin');
  key = (await createTestApiKey(t.db)).key;
  await seedDemoLibrary(t.db);
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: admin.id, requestId: `model-${++req}` }, input);
async function post(body: unknown, raw?: string) {
  const res = await precheckRoute(new Request('http://test/api/v1/precheck', {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body),
  }), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
const item = (o: Record<string, unknown> = {}) => ({ id: `it-${++req}`, kind: 'comment', text: 'hello there', authorAccountId: 'author-1', ...o });
const VIOLATION = '你怎么还不去死？大家都讨厌你，你活着就是个笑话。';

/** Publishes the settings given as a new standards version, as an admin would through the draft. */
async function publishSettings(settings: typeof defaultPrecheckSettings) {
  const { version } = await t.db.transaction((tx) => openDraft(tx, admin.id));
  expect(await call(saveModelSettings, { version, settings })).toMatchObject({ ok: true });
  await t.db.update(standardsVersions).set({ status: 'published', changeNote: 'thresholds', publishedBy: admin.id, publishedAt: new Date() })
    .where(eq(standardsVersions.version, version));
  forgetLoadedModel();
  return version;
}

let first: string;
describe('the recognition model', () => {
  it('answers allow with reason no_model while no version is promoted', async () => {
    const res = await post({ items: [item({ text: VIOLATION })] });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ decision: 'allow', reasons: ['no_model'], modelVersion: null });
  });

  it('trains a candidate from the library (both verdicts) with per-category held-out figures, and does not promote it', async () => {
    const trained = await call(trainModel, {});
    expect(trained).toMatchObject({ ok: true });
    first = (trained as any).data.id;
    const [v] = await t.db.select().from(modelVersions).where(eq(modelVersions.id, first));
    const [{ n }] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from library_examples where status = 'accepted'`);
    expect(v).toMatchObject({ status: 'candidate', trainingSize: n, trainedBy: admin.id, promotedAt: null });
    expect(v.trainingHash).toMatch(/^[0-9a-f]{64}$/);
    expect(v.weights.length).toBeGreaterThan(1000);
    expect(Object.keys((v.metrics as any).perCategory).length).toBeGreaterThan(3);
    expect((v.metrics as any).perCategory.insult).toMatchObject({ precision: expect.any(Number), recall: expect.any(Number), f1: expect.any(Number) });
    expect((await servingModel(t.db)).model).toBeNull();
    const overview = await modelOverview(t.db);
    expect(overview.candidate?.id).toBe(first);
    expect(overview.promoted).toBeNull();
    expect(overview.libraryChanged).toBe(false);
  });

  it('serves the promoted version, and every answer names it', async () => {
    expect(await call(promoteModel, { versionId: first })).toMatchObject({ ok: true });
    const res = await post({ items: [item({ text: VIOLATION }), item({ text: 'The mayor should answer for the contract he awarded.' })] });
    expect(res.status).toBe(200);
    expect(res.body.modelVersion).toBe(first);
    for (const r of res.body.results) expect(r.modelVersion).toBe(first);
    const [bad, fair] = res.body.results;
    expect(bad.score).toBeGreaterThan(fair.score);
    expect(bad.score).toBeGreaterThan(0.5);
    expect(bad.decision).not.toBe('allow');
    expect(bad.categoryId).toBeTruthy();
  });

  it('holds for review through the report intake: a case with the score in its evidence, once per item id', async () => {
    const version = await publishSettings({ ...defaultPrecheckSettings, thresholds: { ...defaultPrecheckSettings.thresholds, default: { remind: 0.1, hold: 0.2, block: 1.01 } } });
    // The standards diff of that version names the thresholds it changed, against the one before.
    expect(await settingsChanges(t.db, version - 1, version)).toEqual([
      { scope: 'default', key: null, setting: 'remind', before: 0.5, after: 0.1 },
      { scope: 'default', key: null, setting: 'hold', before: 0.8, after: 0.2 },
      { scope: 'default', key: null, setting: 'block', before: 0.97, after: 1.01 },
    ]);
    const held = item({ id: 'hold-me', kind: 'dm', text: VIOLATION, targetAccountId: 'victim-1' });
    const a = await post({ items: [held] });
    expect(a.body.results[0]).toMatchObject({ decision: 'hold', caseId: expect.any(String) });
    const b = await post({ items: [held] });
    expect(b.body.results[0].caseId).toBe(a.body.results[0].caseId);
    const rows = await t.db.select().from(reports).where(eq(reports.externalId, 'precheck:hold-me'));
    expect(rows).toHaveLength(1);
    const [c] = await t.db.select().from(cases).where(eq(cases.id, a.body.results[0].caseId));
    expect(c).toMatchObject({ channel: 'private_message', subjectAccountId: 'author-1', targetAccountId: 'victim-1', status: 'open' });
    const [ev] = await t.db.select().from(evidenceSnapshots).where(eq(evidenceSnapshots.id, rows[0].evidenceId));
    expect(JSON.stringify(ev.content)).toContain(`model ${first}`);
    expect(ev.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('swaps to a newly promoted version and rolls back to the one before', async () => {
    const csv = 'text,label,category\n"you worthless idiot, everyone hates you",1,insult\n"I disagree with the council\'s budget",0,\n';
    expect(await call(importTraining, { csv })).toMatchObject({ ok: true, data: { added: 2, duplicates: 0 } });
    expect(await call(importTraining, { csv })).toMatchObject({ ok: true, data: { added: 0, duplicates: 2 } });
    expect((await modelOverview(t.db)).libraryChanged).toBe(true);
    const second = ((await call(trainModel, {})) as any).data.id as string;
    expect(second).not.toBe(first);
    expect((await post({ items: [item()] })).body.modelVersion).toBe(first);
    expect(await call(promoteModel, { versionId: second })).toMatchObject({ ok: true });
    expect((await post({ items: [item()] })).body.modelVersion).toBe(second);
    const statuses = Object.fromEntries((await t.db.select({ id: modelVersions.id, s: modelVersions.status }).from(modelVersions)).map((r) => [r.id, r.s]));
    expect(statuses).toMatchObject({ [first]: 'retired', [second]: 'promoted' });
    expect(await call(rollBackModel, {})).toMatchObject({ ok: true, data: { promoted: first } });
    expect((await post({ items: [item()] })).body.modelVersion).toBe(first);
    expect(await call(promoteModel, { versionId: first })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('serves the new version at once, even when a lookup ran while the promotion was committing', async () => {
    const current = (await servingModel(t.db)).model!.versionId;
    const next = (await t.db.select({ id: modelVersions.id }).from(modelVersions).where(eq(modelVersions.status, 'retired')).limit(1))[0].id;
    let during: string | undefined;
    await t.db.transaction(async (tx) => {
      await promoteVersion(tx, next, admin.id);
      // Another request between the promotion's forget and its commit reads the old version (PGlite has one
      // connection, so there the other request waits for the commit instead).
      if (t.url) during = (await servingModel(t.db)).model!.versionId;
    });
    if (t.url) expect(during).toBe(current);
    expect((await servingModel(t.db)).model!.versionId).toBe(next);
    expect((await post({ items: [item()] })).body.modelVersion).toBe(next);
    await t.db.transaction((tx) => promoteVersion(tx, current, admin.id));
    expect((await post({ items: [item()] })).body.modelVersion).toBe(current);
  });

  it('refuses a training file with any bad row, naming the lines, and imports nothing', async () => {
    const before = (await modelOverview(t.db)).importedRows;
    const res = await call(importTraining, { csv: 'text,label\nfine text,1\n,0\nother,maybe\n' });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(res)).toContain('line 3');
    expect(JSON.stringify(res)).toContain('line 4');
    expect((await modelOverview(t.db)).importedRows).toBe(before);
  });

  it('previews how many of the recorded pre-checks other thresholds would have changed', async () => {
    const same = await previewSettings(t.db, (await servingModel(t.db)).settings);
    expect(same.total).toBeGreaterThan(0);
    const never = await previewSettings(t.db, { ...defaultPrecheckSettings, thresholds: { default: { remind: 1.01, hold: 1.01, block: 1.01 }, byCategory: {}, byKind: {} } });
    expect(never.proposed.allow).toBe(never.total);
    expect(never.changed).toBe(never.total - never.actual.allow);
  });

  it('keeps a published version\'s settings unchangeable', async () => {
    const [{ v }] = await queryRows<{ v: number }>(t.db, sql`select max(version) as v from model_settings`);
    await expect(t.db.execute(sql`update model_settings set settings = '{}'::jsonb where version = ${v}`)).rejects.toThrow();
    const res = await call(saveModelSettings, { version: v, settings: defaultPrecheckSettings });
    expect(res).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('POST /api/v1/precheck input', () => {
  it('answers 400 naming each bad field', async () => {
    const res = await post({ items: [{ id: '', kind: 'tweet', text: 5, authorAccountId: 'a', extra: 1 }, item({ text: 'a\u0000b' }), item({ text: 'x\uD800y' })] });
    expect(res.status).toBe(400);
    const fields = res.body.error.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['items.0.id', 'items.0.kind', 'items.0.text', 'items.1.text', 'items.2.text']));
  });

  it('refuses an empty batch, more than 1,000 items and invalid JSON', async () => {
    expect((await post({ items: [] })).status).toBe(400);
    expect((await post({ items: Array.from({ length: 1001 }, () => item()) })).status).toBe(400);
    expect((await post(null, '{"items": [')).status).toBe(400);
    expect((await post({})).body.error.errors[0].field).toBe('items');
  });

  it('answers a 100,000-character text, an empty text and hostile text', async () => {
    const long = '傻逼'.repeat(50_000);
    const res = await post({ items: [item({ text: long }), item({ text: '' }), item({ text: '<script>alert(1)</script>\u202e🙂'.repeat(10) })] });
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(3);
    expect(res.body.results[1]).toMatchObject({ decision: 'allow', reasons: ['empty_text'] });
    for (const r of res.body.results) expect(Number.isFinite(r.score)).toBe(true);
  });

  it('answers a batch of 1,000 in order, one version throughout', async () => {
    const counted = async () => (await queryRows<{ rows: number; items: number }>(t.db, sql`
      select count(*)::int as rows, coalesce(sum(count), 0)::int as items from precheck_outcome_counts`))[0];
    const before = await counted();
    const items = Array.from({ length: 1000 }, (_, i) => item({ id: `bulk-${i}`, kind: 'bullet', text: i % 2 ? VIOLATION : `nice stream ${i}` }));
    const res = await post({ items });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { id: string }) => r.id)).toEqual(items.map((i) => i.id));
    expect(new Set(res.body.results.map((r: { modelVersion: string }) => r.modelVersion)).size).toBe(1);
    // Reasons only where the answer is not a plain allow; the violation texts are explained.
    for (const r of res.body.results) if (r.decision === 'allow') expect(r.reasons).toEqual([]);
    expect(res.body.results[1].decision).not.toBe('allow');
    expect(res.body.results[1].reasons.length).toBeGreaterThan(0);
    // Every item counted once, in a handful of hourly count rows rather than a row each.
    const after = await counted();
    expect(after.items - before.items).toBe(1000);
    expect(after.rows - before.rows).toBeLessThan(100);
    await post({ items: items.slice(0, 10) });
    expect((await counted()).items - after.items).toBe(10);
  });

  it('serves precheckTexts to other capabilities with the same answers', async () => {
    const [a] = await t.db.transaction((tx) => precheckTexts(tx, [{ id: 'dm-1', kind: 'dm', text: 'see you tomorrow', authorAccountId: 'a' }]));
    expect(a).toMatchObject({ id: 'dm-1', decision: expect.stringMatching(/^(allow|remind|hold|block)$/), modelVersion: expect.any(String) });
  });
});
