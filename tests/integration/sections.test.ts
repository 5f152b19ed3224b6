import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { auditLog, outbox, sectionNameRules, sectionNames, sectionPosts, sections, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import {
  approveClosure, createNameRule, disperseSections, linkSections, proposeClosures, rejectClosure, restoreSection, revokeNameRule,
} from '@/lib/sections/actions';
import { checkSectionName, receiveSectionEvents } from '@/lib/sections/api';
import { inspectIncident } from '@/lib/sections/inspect';
import { listSections, loadSection, parseFilters } from '@/lib/sections/queries';
import { incidentMeasures } from '@/lib/incidents/measures';
import { pendingApprovals } from '@/lib/approvals/sources';
import { openApiDocument } from '@/lib/api/openapi';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';
import { insertIncident } from '../support/incidents';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let sup2: Staff;
let apiKey: string;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, sup, sup2] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor')];
  apiKey = (await createTestApiKey(t.db)).key;
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `sections-${++req}` }, input);
async function ok<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown): Promise<O> {
  const result = await call(action, who, input);
  if (!result.ok) throw new Error(`${action.definition.name}: ${result.error.message}`);
  return result.data;
}
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function post(handler: Handler, path: string, body: unknown) {
  const res = await handler(new Request(`http://test${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}
const events = (list: unknown[]) => post(receiveSectionEvents, '/api/v1/sections/events', { events: list });
const check = (kind: string, name: string) => post(checkSectionName, '/api/v1/section-checks', { kind, name });

const now = () => new Date().toISOString();
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
const tag = () => randomUUID().slice(0, 8);

async function section(name: string, kind = 'topic', posts: { text: string; flagged?: boolean }[] = []) {
  const externalId = `topic-${tag()}`;
  const r = await events([
    { type: 'created', externalId, kind, name, ...(kind === 'group' ? { ownerAccountId: `owner-${externalId}` } : {}) },
    ...posts.map((p) => ({ type: 'post', externalId, post: { externalId: `p-${tag()}`, authorAccountId: `a-${tag()}`, authorCreatedAt: daysAgo(300), text: p.text, flagged: !!p.flagged, postedAt: now() } })),
  ]);
  expect(r.status).toBe(200);
  return r.body.results[0].sectionId as string;
}
const sectionRow = async (id: string) => (await t.db.select().from(sections).where(eq(sections.id, id)))[0];
const postsOf = async (id: string) => t.db.select().from(sectionPosts).where(eq(sectionPosts.sectionId, id));

describe('sections events API', () => {
  it('creates, renames (keeping the old name) and updates activity, idempotently', async () => {
    const externalId = `grp-${tag()}`;
    const first = await events([
      { type: 'created', externalId, kind: 'group', name: 'Book club', ownerAccountId: 'owner-1' },
      { type: 'renamed', externalId, name: '读书会' },
      { type: 'activity', externalId, postsLastHour: 120, flaggedItems: 30, totalItems: 200, selfHarmItems: 2 },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.results.map((r: { ok: boolean; changed: boolean }) => [r.ok, r.changed])).toEqual([[true, true], [true, true], [true, true]]);
    const again = await events([
      { type: 'created', externalId, kind: 'group', name: 'Book club' },
      { type: 'renamed', externalId, name: '读书会' },
      { type: 'activity', externalId, postsLastHour: 120, flaggedItems: 30, totalItems: 200, selfHarmItems: 2 },
    ]);
    expect(again.body.results.map((r: { changed: boolean }) => r.changed)).toEqual([false, false, false]);
    const row = (await t.db.select().from(sections).where(eq(sections.externalId, externalId)))[0];
    expect(row).toMatchObject({ kind: 'group', name: '读书会', heatPerHour: 120, flaggedItems: 30, totalItems: 200, selfHarmItems: 2, ownerAccountId: 'owner-1' });
    const names = await t.db.select().from(sectionNames).where(eq(sectionNames.sectionId, row.id));
    expect(names.map((n) => n.name).sort()).toEqual(['Book club', '读书会'].sort());
  });

  it('answers each bad event with the field it names, and still applies the good ones', async () => {
    const externalId = `t-${tag()}`;
    const r = await events([
      { type: 'created', externalId, kind: 'stadium', name: 'x' },
      { type: 'created', externalId, kind: 'topic', name: 'Good one' },
      { type: 'activity', externalId, postsLastHour: -1, flaggedItems: 1, totalItems: 2 },
      { type: 'activity', externalId, postsLastHour: 1, flaggedItems: 5, totalItems: 2 },
      { type: 'renamed', externalId: 'never-created', name: 'x' },
      { type: 'post', externalId, post: { externalId: 'p', authorAccountId: 'a', text: 'hi', postedAt: now() } },
      { type: 'exploded' },
    ]);
    expect(r.status).toBe(200);
    const fields = r.body.results.map((x: { ok: boolean; errors?: { field: string }[] }) => (x.ok ? 'ok' : x.errors!.map((e) => e.field).join(',')));
    expect(fields).toEqual(['kind', 'ok', 'postsLastHour', 'flaggedItems', 'externalId', 'post.authorCreatedAt', 'type']);
    const bad = await post(receiveSectionEvents, '/api/v1/sections/events', { events: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.errors[0].field).toBe('events');
  });

  it('marks a group posting near-identical submissions from new accounts as a candidate for closure', async () => {
    const externalId = `grp-${tag()}`;
    const text = '【投稿】我是她同学，她考试作弊被开除了，大家快转发！';
    await events([
      { type: 'created', externalId, kind: 'group', name: '匿名投稿墙', ownerAccountId: 'owner-wall' },
      ...Array.from({ length: 5 }, (_, i) => ({
        type: 'post', externalId, post: { externalId: `sub-${externalId}-${i}`, authorAccountId: `bot-${i}`, authorCreatedAt: daysAgo(1), text: `${text}${'!'.repeat(i)}`, postedAt: now() },
      })),
    ]);
    const row = (await t.db.select().from(sections).where(eq(sections.externalId, externalId)))[0];
    expect(row.botAccounts).toBe(5);
    expect(row.botSuspectedAt).not.toBeNull();
    const list = await listSections(t.db, parseFilters({ candidates: '1' }));
    expect(list.rows.map((s) => s.id)).toContain(row.id);
  });
});

describe('section checks and name rules', () => {
  it('a section renamed to a name a rule refuses becomes creation-suspended; the routes are in the OpenAPI document', async () => {
    const word = `乌龙${tag()}`;
    await ok(createNameRule, sup, { pattern: word, until: new Date(Date.now() + 86_400_000).toISOString() });
    const externalId = `grp-${tag()}`;
    await events([{ type: 'created', externalId, kind: 'group', name: 'harmless' }]);
    const r = await events([{ type: 'renamed', externalId, name: `${word}后援会` }]);
    expect(r.body.results[0]).toMatchObject({ ok: true, status: 'creation_suspended', changed: true });
    const doc = openApiDocument();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/sections/events', '/section-checks']));
  });


  it('allows a name no rule matches, refuses one with the rule and until, and allows again once the rule expired', async () => {
    const word = `迪迦${tag()}`;
    expect((await check('topic', `${word}真相`)).body).toEqual({ allowed: true });
    const until = new Date(Date.now() + 3 * 86_400_000);
    const { id } = await ok(createNameRule, sup, { pattern: word, match: 'substring', kinds: ['topic'], until: until.toISOString(), reason: 'pile-on' });
    const refused = await check('topic', `#${word}滚出网络#`);
    expect(refused.status).toBe(200);
    expect(refused.body).toEqual({ allowed: false, rule: { id, pattern: word, match: 'substring' }, until: until.toISOString() });
    // Other kinds are not covered by this rule.
    expect((await check('board', `${word}`)).body).toEqual({ allowed: true });
    const suspended = await events([{ type: 'created', externalId: `s-${tag()}`, kind: 'topic', name: `${word}群` }]);
    expect(suspended.body.results[0].status).toBe('creation_suspended');
    await t.db.update(sectionNameRules).set({ until: new Date(Date.now() - 1000) }).where(eq(sectionNameRules.id, id));
    expect((await check('topic', `#${word}滚出网络#`)).body).toEqual({ allowed: true });
    // The sections an expired rule marked are reopened by revoking it.
    expect(await ok(revokeNameRule, sup, { ruleId: id })).toEqual({ id, reopened: 1 });
    expect((await sectionRow(suspended.body.results[0].sectionId)).status).toBe('open');
    const bad = await post(checkSectionName, '/api/v1/section-checks', { kind: 'topic' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.errors[0].field).toBe('name');
  });

  it('marks matching open sections creation-suspended (English case-insensitive) and revoking reopens them', async () => {
    const word = `Walsh${tag()}`;
    const a = await section(`#${word.toUpperCase()}Exposed`);
    const other = await section(`#${word}`, 'board');
    const { id, marked } = await ok(createNameRule, sup, {
      pattern: `*${word}*`, match: 'glob', kinds: ['topic'], until: new Date(Date.now() + 86_400_000).toISOString(), reason: '',
    });
    expect(marked).toBe(1);
    expect(await sectionRow(a)).toMatchObject({ status: 'creation_suspended', suspendedByRuleId: id });
    expect((await sectionRow(other)).status).toBe('open');
    const late = await events([{ type: 'created', externalId: `late-${tag()}`, kind: 'topic', name: `${word} again` }]);
    expect(late.body.results[0].status).toBe('creation_suspended');
    const sent = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'section.creation_rule')));
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect((await call(createNameRule, mod, { pattern: 'abc', until: new Date(Date.now() + 1e6).toISOString() }))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(createNameRule, sup, { pattern: '**', match: 'glob', until: new Date(Date.now() + 1e6).toISOString() }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { pattern: ['pattern_too_broad'] } } });
    await ok(revokeNameRule, sup, { ruleId: id });
    expect((await sectionRow(a)).status).toBe('open');
  });
});

describe('dispersal', () => {
  it('folds flagged posts and leaves trending; restore reverses exactly that', async () => {
    const id = await section('Pile-on topic', 'topic', [{ text: 'nasty', flagged: true }, { text: 'fine' }, { text: 'nasty too', flagged: true }]);
    // A post that was folded before dispersal stays folded after restore.
    const [pre] = (await postsOf(id)).filter((p) => p.text === 'nasty too');
    await t.db.update(sectionPosts).set({ folded: true }).where(eq(sectionPosts.id, pre.id));
    expect(await ok(disperseSections, mod, { sectionIds: [id], reason: 'brigading' })).toEqual({ dispersed: 1 });
    expect((await sectionRow(id)).status).toBe('dispersed');
    const folded = (await postsOf(id)).filter((p) => p.folded).map((p) => p.text).sort();
    expect(folded).toEqual(['nasty', 'nasty too']);
    const [msg] = await t.db.select().from(outbox).where(eq(outbox.topic, 'section.dispersed')).orderBy(outbox.id);
    expect(msg.payload).toMatchObject({ trending: false, recommended: false });

    await ok(restoreSection, mod, { sectionId: id, reason: 'mistake' });
    expect((await sectionRow(id)).status).toBe('open');
    const after = await postsOf(id);
    expect(after.filter((p) => p.folded).map((p) => p.text)).toEqual(['nasty too']);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, id), inArray(auditLog.action, ['section.disperse', 'section.restore'])));
    expect(audits.map((a) => a.action).sort()).toEqual(['section.disperse', 'section.restore']);
    expect(await t.db.select().from(outbox).where(eq(outbox.topic, 'section.restored'))).toHaveLength(1);
  });

  it('a flagged post arriving while dispersed is folded with that dispersal and unfolded by its restore', async () => {
    const id = await section('Still hot', 'topic', [{ text: 'first', flagged: true }]);
    await ok(disperseSections, mod, { sectionIds: [id] });
    const [{ externalId }] = await t.db.select({ externalId: sections.externalId }).from(sections).where(eq(sections.id, id));
    const late = { externalId: `late-${tag()}`, authorAccountId: 'a', authorCreatedAt: daysAgo(100), text: 'late abuse', flagged: true, postedAt: now() };
    await events([{ type: 'post', externalId, post: late }, { type: 'post', externalId, post: { ...late, externalId: `ok-${tag()}`, text: 'fine', flagged: false } }]);
    expect((await postsOf(id)).filter((p) => p.folded).map((p) => p.text).sort()).toEqual(['first', 'late abuse']);
    await ok(restoreSection, mod, { sectionId: id });
    expect((await postsOf(id)).filter((p) => p.folded)).toHaveLength(0);
    expect(await call(restoreSection, mod, { sectionId: id })).toMatchObject({ ok: false, error: { code: 'conflict', fields: { sectionId: ['section_not_dispersed'] } } });
  });

  it('a bulk dispersal is all or nothing: one unknown id changes nothing', async () => {
    const a = await section('Bulk A', 'topic', [{ text: 'x', flagged: true }]);
    const b = await section('Bulk B');
    const before = (await t.db.select().from(outbox)).length;
    const r = await call(disperseSections, mod, { sectionIds: [a, b, randomUUID()] });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await sectionRow(a)).status).toBe('open');
    expect((await postsOf(a)).some((p) => p.folded)).toBe(false);
    expect((await t.db.select().from(outbox)).length).toBe(before);
    // An already dispersed section refuses the whole selection too.
    await ok(disperseSections, mod, { sectionIds: [b] });
    expect(await call(disperseSections, mod, { sectionIds: [a, b] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await sectionRow(a)).status).toBe('open');
  });
});

describe('inspect, link and closure', () => {
  it('finds sections and posts naming an incident, links them, and counts the measures', async () => {
    const { incident, tag: k } = await insertIncident(t.db);
    const named = await section(`#Person${k} must go`);
    const viaPost = await section('Random chat', 'board', [{ text: `have you seen Person${k} today`, flagged: true }]);
    const unrelated = await section('Cooking', 'board', [{ text: `Person${k}x is not a word match` }]);
    const found = (await inspectIncident(t.db, incident.id))!;
    const ids = found.hits.map((h) => h.section.id);
    expect(ids).toEqual(expect.arrayContaining([named, viaPost]));
    expect(ids).not.toContain(unrelated);
    expect(found.hits.find((h) => h.section.id === viaPost)!.posts).toHaveLength(1);

    await ok(linkSections, mod, { sectionIds: [named, viaPost], incidentId: incident.id });
    await ok(disperseSections, mod, { sectionIds: [named, viaPost] });
    expect(await incidentMeasures(t.db, incident.id)).toMatchObject({ sectionsDispersed: 2, sectionsClosed: 0 });
    const filtered = await listSections(t.db, parseFilters({ incident: incident.id }));
    expect(filtered.rows.map((r) => r.id).sort()).toEqual([named, viaPost].sort());
  });

  it('closure: the proposer cannot approve their own, a moderator cannot, another supervisor can', async () => {
    const { incident } = await insertIncident(t.db);
    const id = await section('Hate group', 'group');
    await ok(linkSections, sup, { sectionIds: [id], incidentId: incident.id });
    const { proposed: [closureId] } = await ok(proposeClosures, sup, { sectionIds: [id], target: 'group_account', reason: 'organised harassment' });
    expect((await pendingApprovals(t.db)).find((p) => p.id === closureId)).toMatchObject({ kind: 'section_closure', href: `/sections/${id}`, urgent: true });
    expect(await call(approveClosure, sup, { closureId, reason: 'looks right' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(approveClosure, mod, { closureId, reason: 'looks right' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(approveClosure, sup2, { closureId, reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ok(approveClosure, sup2, { closureId, reason: 'confirmed organised' })).toEqual({ closureId, status: 'approved' });
    expect((await sectionRow(id)).status).toBe('closed');
    const detail = (await loadSection(t.db, id))!;
    expect(detail.closures[0]).toMatchObject({ status: 'approved', proposerName: sup.name, deciderName: sup2.name, decisionReason: 'confirmed organised' });
    expect(detail.names.map((n) => n.name)).toEqual(['Hate group']);
    const [msg] = await t.db.select().from(outbox).where(eq(outbox.topic, 'section.group_account_closed'));
    expect(msg.payload).toMatchObject({ ownerAccountId: expect.stringMatching(/^owner-/) });
    expect(await incidentMeasures(t.db, incident.id)).toMatchObject({ sectionsClosed: 1 });

    const other = await section('Another group', 'group');
    const { proposed: [second] } = await ok(proposeClosures, mod, { sectionIds: [other], reason: 'spam ring' });
    expect(await call(proposeClosures, mod, { sectionIds: [other], reason: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok(rejectClosure, sup, { closureId: second, reason: 'not organised' });
    expect((await sectionRow(other)).status).toBe('open');
    expect(await call(rejectClosure, sup2, { closureId: second, reason: 'late' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('name rules running out', () => {
  it('reopen the sections they suspended by themselves, telling the platform, and leave others alone', async () => {
    const { reopenLapsedSuspensions } = await import('@/lib/sections/lapsed-rules');
    const word = `过期${tag()}`;
    const suspended = await section(`${word}吧`);
    const until = new Date(Date.now() + 3_600_000);
    const { id: ruleId, marked } = await ok(createNameRule, sup, { pattern: word, until: until.toISOString(), markExisting: true });
    expect(marked).toBe(1);
    const other = await section(`另一个${tag()}`);

    expect(await reopenLapsedSuspensions(t.db, new Date(until.getTime() - 1000))).toBe(0);
    const [still] = await t.db.select().from(sections).where(eq(sections.id, suspended));
    expect(still).toMatchObject({ status: 'creation_suspended', suspendedByRuleId: ruleId });

    expect(await reopenLapsedSuspensions(t.db, new Date(until.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    const [open] = await t.db.select().from(sections).where(eq(sections.id, suspended));
    expect(open).toMatchObject({ status: 'open', suspendedByRuleId: null });
    const [untouched] = await t.db.select().from(sections).where(eq(sections.id, other));
    expect(untouched.status).toBe('open');
    const messages = await t.db.select().from(outbox).where(and(eq(outbox.topic, 'section.creation_rule'), eq(outbox.key, open.externalId)));
    expect(messages.map((m) => m.payload)).toContainEqual(expect.objectContaining({ ruleId, lifted: true, lapsed: true, status: 'open' }));
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'section.ruleLapsed'), eq(auditLog.targetId, suspended)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorType: 'system' });
    expect(await reopenLapsedSuspensions(t.db, new Date(until.getTime() + 2000))).toBe(0);
  });
});

describe('the incident timeline', () => {
  it('shows what staff did to the sections tied to the incident, and not the platform activity counts', async () => {
    const { incidentTimeline } = await import('@/lib/incidents/queries');
    const { incident } = await insertIncident(t.db);
    const id = await section(`话题${tag()}`, 'topic', [{ text: 'pile on', flagged: true }]);
    await ok(linkSections, mod, { sectionIds: [id], incidentId: incident.id });
    await ok(disperseSections, mod, { sectionIds: [id], incidentId: incident.id, reason: 'brigading' });
    const unrelated = await section(`无关${tag()}`);
    await ok(disperseSections, mod, { sectionIds: [unrelated], reason: 'spam' });
    const entries = await incidentTimeline(t.db, incident.id, [], []);
    const mine = entries.filter((e) => e.targetId === id).map((e) => e.action);
    expect(mine).toEqual(expect.arrayContaining(['section.link', 'section.disperse']));
    expect(mine).not.toContain('section.events');
    expect(entries.some((e) => e.targetId === unrelated)).toBe(false);
  });
});

describe('folding posts picked one by one', () => {
  it('folds exactly the posts named, all or none, tells the platform per section, and unfolds them again', async () => {
    const { foldPosts, unfoldPosts } = await import('@/lib/sections/actions');
    const a = await section(`帖子${tag()}`, 'board', [{ text: 'first pile-on post', flagged: true }, { text: 'harmless' }]);
    const b = await section(`帖子${tag()}`, 'board', [{ text: 'second pile-on post' }]);
    const postsOf = (id: string) => t.db.select().from(sectionPosts).where(eq(sectionPosts.sectionId, id)).orderBy(sectionPosts.text);
    const [first] = (await postsOf(a)).filter((p) => p.text.startsWith('first'));
    const [second] = await postsOf(b);

    const bad = await call(foldPosts, mod, { postIds: [first.id, randomUUID()], reason: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'not_found', fields: { postIds: ['post_not_found'] } } });
    expect((await postsOf(a)).every((p) => !p.folded)).toBe(true);

    expect(await ok(foldPosts, mod, { postIds: [first.id, second.id], reason: 'names the target' })).toEqual({ changed: 2, unchanged: 0 });
    expect((await postsOf(a)).map((p) => [p.text, p.folded])).toEqual([['first pile-on post', true], ['harmless', false]]);
    expect((await postsOf(b))[0].folded).toBe(true);
    const told = await t.db.select().from(outbox).where(eq(outbox.topic, 'section.posts_folded'));
    expect(told.map((m) => m.payload)).toEqual(expect.arrayContaining([
      expect.objectContaining({ foldPosts: [first.externalId] }), expect.objectContaining({ foldPosts: [second.externalId] }),
    ]));
    expect(await ok(foldPosts, mod, { postIds: [first.id], reason: '' })).toEqual({ changed: 0, unchanged: 1 });

    expect(await ok(unfoldPosts, mod, { postIds: [first.id], reason: 'mistake' })).toEqual({ changed: 1, unchanged: 0 });
    expect((await postsOf(a)).every((p) => !p.folded)).toBe(true);
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, a), inArray(auditLog.action, ['section.foldPosts', 'section.unfoldPosts'])));
    expect(audit.map((r) => r.action).sort()).toEqual(['section.foldPosts', 'section.unfoldPosts']);
  });
});
