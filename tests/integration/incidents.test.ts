import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cases, outbox, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { addParty, addTerm, closeIncident, createIncident, linkCase, linkRef } from '@/lib/incidents/actions';
import { publishStatement, withdrawStatement } from '@/lib/incidents/statement-actions';
import { readAuthoritative } from '@/lib/incidents/api';
import { listIncidents, loadIncidentWorkspace } from '@/lib/incidents/queries';
import { incidentTerms } from '@/lib/incidents/terms';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase } from '../support/cases';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let apiKey: string;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, sup] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor')];
  apiKey = (await createTestApiKey(t.db)).key;
});
afterAll(async () => { await t.drop(); });

let req = 0;
async function call<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) {
  return executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `incidents-${++req}` }, input);
}
async function ok<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown): Promise<O> {
  const result = await call(action, who, input);
  if (!result.ok) throw new Error(`${action.definition.name}: ${result.error.message}`);
  return result.data;
}
async function authoritative(query: string) {
  const res = await readAuthoritative(new Request(`http://test/api/v1/incidents/authoritative?${query}`, { headers: { authorization: `Bearer ${apiKey}` } }), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as { statements: { id: string; text: string }[] } };
}

async function newIncident(terms: { term: string; language: 'zh' | 'en' }[]) {
  return ok(createIncident, sup, {
    title: 'Teacher doxxed after viral video', risk: 'high', status: 'active', terms,
    parties: [{ accountId: 'acct-t1', displayName: 'Ada Quill', handle: '@adaq', role: 'targeted_person', isMinor: false }],
  });
}

describe('incident workspace', () => {
  it('a supervisor creates an incident, a moderator links cases; the workspace counts measures and shows the timeline', async () => {
    const { id } = await newIncident([{ term: 'Ada Quill', language: 'en' }, { term: '艾达', language: 'zh' }]);
    const removed = await insertCase(t.db, { categoryId: 'insult', text: 'Ada Quill is a fraud', status: 'decided' });
    await t.db.update(cases).set({ decision: 'remove' }).where(eq(cases.id, removed.id));
    const folded = await insertCase(t.db, { categoryId: 'insult', status: 'decided' });
    await t.db.update(cases).set({ decision: 'fold' }).where(eq(cases.id, folded.id));
    const open = await insertCase(t.db, { categoryId: 'insult' });
    for (const c of [removed, folded, open]) expect(await call(linkCase, mod, { incidentId: id, caseId: c.id })).toMatchObject({ ok: true });
    // Linking twice is harmless.
    expect(await ok(linkCase, mod, { incidentId: id, caseId: open.id })).toEqual({ caseId: open.id, linked: false });

    const w = (await loadIncidentWorkspace(t.db, id))!;
    expect(w.cases.map((c) => c.id).sort()).toEqual([removed.id, folded.id, open.id].sort());
    expect(w.measures).toMatchObject({ casesLinked: 3, contentRemoved: 1, contentFolded: 1 });
    expect(w.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['incident.create', 'incident.linkCase']));
    expect(w.parties).toMatchObject([{ displayName: 'Ada Quill', role: 'targeted_person' }]);
  });

  it('shows reports that mention a key term but are not linked, Chinese by substring and English by whole word', async () => {
    const { id } = await newIncident([{ term: '林小满', language: 'zh' }, { term: 'Quill', language: 'en' }]);
    const zh = await insertCase(t.db, { text: '#林小满滚出网络# 大家转起来' });
    const en = await insertCase(t.db, { text: 'QUILL should be fired' });
    const notAWord = await insertCase(t.db, { text: 'a quilled pen' });
    const linked = await insertCase(t.db, { text: '林小满又来了' });
    const longAgo = await insertCase(t.db, { text: '林小满去年的旧帖', createdAt: new Date(Date.now() - 40 * 86_400_000) });
    await ok(linkCase, mod, { incidentId: id, caseId: linked.id });
    const found = (await loadIncidentWorkspace(t.db, id))!.mentioning.map((m) => m.caseId);
    expect(found).toEqual(expect.arrayContaining([zh.id, en.id]));
    expect(found).not.toContain(notAWord.id);
    expect(found).not.toContain(linked.id);
    expect(found).not.toContain(longAgo.id);
  });

  it('moderators may link cases but not create or close incidents', async () => {
    expect(await call(createIncident, mod, { title: 'x', risk: 'low' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const { id } = await newIncident([]);
    expect(await call(closeIncident, mod, { incidentId: id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(closeIncident, sup, { incidentId: id })).toMatchObject({ ok: true });
    expect(await call(closeIncident, sup, { incidentId: id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('gives other capabilities the parties and key terms of open incidents from one place', async () => {
    const { id } = await newIncident([{ term: 'Zed Marlow', language: 'en' }]);
    await ok(addParty, sup, { incidentId: id, accountId: 'acct-z2', displayName: 'Marlow Fan Club', handle: '@mfc', role: 'inciter' });
    await ok(addTerm, sup, { incidentId: id, term: '马洛', language: 'zh' });
    expect(await call(addTerm, sup, { incidentId: id, term: 'zed marlow', language: 'en' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const [keys] = await incidentTerms(t.db, id);
    expect(keys.terms.map((k) => k.term).sort()).toEqual(['Zed Marlow', '马洛']);
    expect(keys.parties.map((p) => p.role)).toEqual(['targeted_person', 'inciter']);
    expect((await incidentTerms(t.db)).some((k) => k.incidentId === id)).toBe(true);
  });

  it('the incident list counts each incident\'s parties and linked cases', async () => {
    const { id } = await newIncident([]);
    await ok(addParty, sup, { incidentId: id, accountId: 'acct-count-2', displayName: 'Second Party', handle: '@second', role: 'inciter' });
    await ok(linkCase, mod, { incidentId: id, caseId: (await insertCase(t.db, {})).id });
    const row = (await listIncidents(t.db)).find((r) => r.id === id);
    expect(row).toMatchObject({ parties: 2, cases: 1 });
  });
});

describe('authoritative information', () => {
  it('a supervisor publishes statements; the API answers by incident, key term and section; each change goes to the outbox', async () => {
    const { id } = await newIncident([{ term: 'Harbor Bridge', language: 'en' }, { term: '海港大桥', language: 'zh' }]);
    await ok(linkRef, mod, { incidentId: id, kind: 'section', ref: 'topic-991' });
    expect(await call(publishStatement, mod, { incidentId: id, source: 'City police', text: 'x', statedAt: '2026-03-01T08:00:00Z' }))
      .toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const first = await ok(publishStatement, sup, { incidentId: id, source: 'City police', text: 'The video was staged; no one was hurt.', link: 'https://police.example/notice/1', statedAt: '2026-03-01T08:00:00Z' });
    const second = await ok(publishStatement, sup, { incidentId: id, source: 'School board', text: 'The teacher remains in post.', statedAt: '2026-03-02T08:00:00Z' });

    expect((await authoritative(`incident=${id}`)).body.statements.map((s) => s.id)).toEqual([second.id, first.id]);
    expect((await authoritative(`term=${encodeURIComponent('#海港大桥真相#')}`)).body.statements.map((s) => s.id)).toEqual([second.id, first.id]);
    expect((await authoritative('term=harbor%20bridge%20video')).body.statements).toHaveLength(2);
    expect((await authoritative('section=topic-991')).body.statements).toHaveLength(2);
    expect((await authoritative('term=unrelated')).body.statements).toEqual([]);
    expect((await authoritative('')).status).toBe(400);

    await ok(withdrawStatement, sup, { statementId: first.id });
    expect((await authoritative(`incident=${id}`)).body.statements.map((s) => s.id)).toEqual([second.id]);

    const messages = await t.db.select().from(outbox).where(eq(outbox.topic, 'incident.statement'));
    const mine = messages.filter((m) => (m.payload as { statement: { incidentId: string } }).statement.incidentId === id);
    expect(mine.map((m) => (m.payload as { event: string }).event)).toEqual(['published', 'published', 'withdrawn']);
    expect(mine[0].payload).toMatchObject({ terms: expect.arrayContaining(['Harbor Bridge']), sections: ['topic-991'] });

    await ok(closeIncident, sup, { incidentId: id });
    expect((await authoritative(`incident=${id}`)).body.statements).toEqual([]);
    const afterClose = (await t.db.select().from(outbox).where(eq(outbox.topic, 'incident.statement')))
      .filter((m) => (m.payload as { statement: { incidentId: string } }).statement.incidentId === id);
    // Closing withdraws the statement still current, and tells the platform.
    expect(afterClose.map((m) => (m.payload as { event: string; statement: { id: string } }).event)).toEqual(['published', 'published', 'withdrawn', 'withdrawn']);
    expect((afterClose[3].payload as { statement: { id: string } }).statement.id).toBe(second.id);
  });
});
