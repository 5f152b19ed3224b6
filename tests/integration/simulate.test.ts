import { runDetector } from '@/lib/signals/run-detector';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksPassed } from '@/scripts/simulate/check';
import { scenarioNames, type PlatformItem, type Scenario } from '@/scripts/simulate/model';
import { inProcessFetch } from '@/scripts/simulate/in-process';
import { runSimulation } from '@/scripts/simulate/run';
import { generateScenario } from '@/scripts/simulate/scenarios';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createTestApiKey } from '../support/api';

const options = { seed: 42, start: new Date('2026-11-30T08:00:00Z'), duration: 600, rate: 2 };
const ofOp = <O extends PlatformItem['op']>(s: Scenario, op: O) => s.items.map((t) => t.item).filter((i): i is Extract<PlatformItem, { op: O }> => i.op === op);

describe('scenario generators (pure, seeded)', () => {
  it('give the same timeline for the same seed and another for another seed', () => {
    for (const name of scenarioNames) {
      const a = generateScenario(name, options);
      expect(generateScenario(name, options), name).toEqual(a);
      const b = generateScenario(name, { ...options, seed: 43 });
      expect(JSON.stringify(b.items), name).not.toEqual(JSON.stringify(a.items));
      // Ids carry the seed, so two seeds never collide in one console.
      expect(ofOp(b, 'report').every((r) => r.report.externalId.startsWith('sim43-')), name).toBe(true);
    }
  });

  it('keep every event in order, inside the run (signal baselines before it), with unique ids', () => {
    for (const name of scenarioNames) {
      const s = generateScenario(name, options);
      const times = s.items.map((t) => t.at);
      expect(times, name).toEqual([...times].sort((x, y) => x - y));
      const end = s.start + s.duration;
      expect(s.items.filter((t) => t.item.op !== 'signal').every((t) => t.at >= s.start && t.at <= end), name).toBe(true);
      expect(s.items.every((t) => t.at <= end), name).toBe(true);
      const reportIds = ofOp(s, 'report').map((r) => r.report.externalId);
      expect(new Set(reportIds).size, name).toBe(reportIds.length);
      const eventIds = ofOp(s, 'account').map((a) => a.event.eventId);
      expect(new Set(eventIds).size, name).toBe(eventIds.length);
    }
  });

  it('scale the everyday traffic with --rate and --duration', () => {
    const quiet = (rate: number, duration: number) => generateScenario('quiet', { ...options, rate, duration }).items.length;
    expect(quiet(4, 600)).toBeGreaterThan(quiet(2, 600) * 1.7);
    expect(quiet(2, 1200)).toBeGreaterThan(quiet(2, 600) * 1.7);
    expect(generateScenario('pile-on', { ...options, rate: 0 }).items.length).toBeLessThan(generateScenario('pile-on', options).items.length);
  });

  it('pile-on: a rumour, a topic named after her, an agency joining, a live room by the rumour author, stranger messages rising, a minor attacked', () => {
    const s = generateScenario('pile-on', options);
    const name = s.cast.targetName;
    const accounts = ofOp(s, 'account').map((a) => a.event);
    expect(s.cast.sections.topic.name).toContain(name);
    expect(ofOp(s, 'section').some((e) => e.event.type === 'created' && e.event.kind === 'topic' && e.event.name.includes(name))).toBe(true);
    expect(accounts.filter((e) => e.type === 'joined_agency')).toHaveLength(4);
    expect(accounts.filter((e) => e.type === 'minor_flag').map((e) => e.accountId)).toEqual(expect.arrayContaining(s.cast.minorAccountIds));
    expect(accounts.some((e) => e.type === 'verified' && e.accountId === s.cast.targetAccountId)).toBe(true);
    const room = ofOp(s, 'livestream').find((e) => e.event.type === 'room_opened' && e.event.name.includes(name))!.event;
    const rumour = ofOp(s, 'comment').find((e) => e.event.type === 'post_created' && e.event.text.includes(name))!.event;
    expect(room.type === 'room_opened' && rumour.type === 'post_created' && room.hostAccountId === rumour.authorAccountId).toBe(true);
    expect(ofOp(s, 'video')).toHaveLength(1);
    expect(ofOp(s, 'livestream').filter((e) => e.event.type === 'bullet_comments').length).toBeGreaterThanOrEqual(30);

    // Stranger messages to her: a quiet baseline before the run, then a surge many times higher.
    const dms = ofOp(s, 'signal').filter((x) => x.signal.kind === 'stranger_dm' && x.signal.key === s.cast.targetAccountId);
    const perMinute = (from: number, to: number) => dms.filter((x) => { const t = Date.parse(x.signal.at); return t >= from && t < to; })
      .reduce((n, x) => n + (x.signal.count ?? 1), 0) / ((to - from) / 60_000);
    const before = perMinute(s.start - 6 * 3_600_000, s.start);
    const late = perMinute(s.start + 0.4 * s.duration, s.start + 0.7 * s.duration);
    expect(before).toBeLessThan(0.2);
    expect(late).toBeGreaterThan(before * 10);
    expect(new Set(ofOp(s, 'signal').map((x) => x.signal.kind))).toEqual(new Set(['stranger_dm', 'mention', 'search', 'topic_heat']));

    // Reports: hers (adult), the topic's, and the minor's, with the minor's marked on both sides.
    const reports = ofOp(s, 'report').map((r) => r.report);
    const queued = s.expectations.find((e) => e.kind === 'reports-queued')!;
    expect(queued.kind === 'reports-queued' && queued.minorIds.length).toBe(3);
    const minorReports = reports.filter((r) => queued.kind === 'reports-queued' && queued.minorIds.includes(r.externalId));
    expect(minorReports.every((r) => r.target?.isMinor && r.reporter.isMinor)).toBe(true);
    expect(reports.some((r) => r.channel === 'topic' && r.subject.contentId === s.cast.sections.topic.externalId)).toBe(true);
  });

  it('doxxing: a minor\'s school, address and phone posted in a group, reported as privacy invasion', () => {
    const s = generateScenario('doxxing', options);
    const posts = ofOp(s, 'section').flatMap((e) => (e.event.type === 'post' ? [e.event.post.text] : []));
    expect(posts.some((t) => t.includes(s.cast.targetName) && /138\d{8}/.test(t))).toBe(true);
    const queued = s.expectations.find((e) => e.kind === 'reports-queued')!;
    const story = ofOp(s, 'report').filter((r) => queued.kind === 'reports-queued' && queued.externalIds.includes(r.report.externalId));
    expect(story.length).toBe(3);
    expect(story.every((r) => r.report.category === 'privacy_invasion' && r.report.target?.isMinor)).toBe(true);
  });

  it('rumour-refuted: the regulator\'s statement comes after the rumour and the platform then asks for it', () => {
    const s = generateScenario('rumour-refuted', options);
    const posts = ofOp(s, 'comment').flatMap((e) => (e.event.type === 'post_created' ? [e.event] : []));
    const official = posts.find((p) => p.text.includes('谣言'))!;
    expect(Date.parse(official.createdAt)).toBeGreaterThan(Date.parse(posts[0].createdAt));
    const asks = s.items.filter((t) => t.item.op === 'authoritative');
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((t) => t.at > Date.parse(official.createdAt))).toBe(true);
    expect(s.expectations.some((e) => e.kind === 'statement' && e.stage === 'staff')).toBe(true);
  });

  it('quiet: ordinary traffic, no minors, nothing for staff', () => {
    const s = generateScenario('quiet', options);
    expect(ofOp(s, 'report').every((r) => !r.report.target?.isMinor && !r.report.reporter.isMinor)).toBe(true);
    expect(ofOp(s, 'account').some((a) => a.event.type === 'minor_flag' || a.event.type === 'joined_agency')).toBe(false);
  });
});

// The real route handlers under app/api/v1, called in-process through the client's fetch seam, on a
// real database: the whole path a platform takes, without a server.
const root = path.resolve(import.meta.dirname, '../..');

describe('a scenario played against the real route handlers, and --check', () => {
  let t: TestDatabase;
  let key: string;
  let doFetch: typeof fetch;
  beforeAll(async () => {
    t = await createTestDatabase();
    key = (await createTestApiKey(t.db)).key;
    doFetch = await inProcessFetch(root);
  });
  afterAll(async () => { await t.drop(); });

  const playedAt = new Date();
  const run = (scenario: (typeof scenarioNames)[number], seed: number, check: 'played' | 'staff' = 'played') => runSimulation({
    url: 'http://console.test', key, scenario, seed, rate: 1, duration: 300, speed: Infinity, check, fetch: doFetch, alertWaitMs: 0,
    // One clock for every run: a seed played again at another time would carry other times in its
    // evidence, which the console rightly refuses as a different report under the same id (409).
    now: playedAt,
    // What the worker does on a live console: the surge detector reads the signals just sent.
    afterPlay: () => runDetector(t.db),
  });

  it('pile-on: every call is accepted, the minors\' reports come first, the sections are there; staff work not done yet', async () => {
    const r = await run('pile-on', 1001);
    expect(r.failures).toEqual([]);
    expect(r.summary.items).toBeGreaterThan(100);
    expect(r.summary.routes.map((x) => x.route)).toEqual(expect.arrayContaining(['receiveCommentEvents', 'receiveSectionEvents', 'receiveReportBatch', 'receiveLivestreamEvents', 'holdVideoForReview']));
    expect(r.summary.routes.every((x) => x.failures === 0)).toBe(true);
    expect(r.checks!.filter((c) => c.status === 'fail')).toEqual([]);
    expect(checksPassed(r.checks!)).toBe(true);
    expect(r.checks!.find((c) => c.says.includes('involving a minor'))?.status).toBe('pass');

    // Played again with the same seed: a replay the console stores once, and the check still holds.
    const again = await run('pile-on', 1001, 'staff');
    expect(again.failures).toEqual([]);
    const staff = again.checks!.filter((c) => c.stage === 'staff');
    expect(staff).toHaveLength(1);
    expect(staff[0]).toMatchObject({ status: 'fail' });
    expect(staff[0].detail).toMatch(/is open, expected dispersed/);
    expect(checksPassed(again.checks!)).toBe(false);
  });

  it('doxxing and quiet pass their checks; rumour-refuted waits for the statement staff add', async () => {
    for (const [name, seed] of [['doxxing', 2002], ['quiet', 3003]] as const) {
      const r = await run(name, seed);
      expect(r.failures, name).toEqual([]);
      expect(checksPassed(r.checks!), `${name}: ${JSON.stringify(r.checks)}`).toBe(true);
    }
    const r = await run('rumour-refuted', 4004, 'staff');
    expect(r.checks!.filter((c) => c.stage === 'played').every((c) => c.status !== 'fail')).toBe(true);
    expect(r.checks!.find((c) => c.stage === 'staff')).toMatchObject({ status: 'fail', detail: 'no authoritative statement yet' });
  });

  it('a check fails when the console does not hold what the scenario says (a report never sent)', async () => {
    const r = await run('doxxing', 5005, 'played');
    expect(checksPassed(r.checks!)).toBe(true);
    const { checkScenario } = await import('@/scripts/simulate/check');
    const { createApiClient } = await import('@/lib/api-client');
    const tampered = { ...r.scenario, expectations: r.scenario.expectations.map((e) => (e.kind === 'reports-queued' ? { ...e, externalIds: [...e.externalIds, 'sim5005-rep-never'] } : e)) };
    const results = await checkScenario(createApiClient({ baseUrl: 'http://console.test', key, fetch: doFetch }), tampered, r.features, { stage: 'played' });
    expect(results.find((c) => c.status === 'fail')?.detail).toMatch(/1 of 4 reports not in the console: sim5005-rep-never/);
  });

  it('refuses a wrong key before sending anything', async () => {
    await expect(runSimulation({ url: 'http://console.test', key: 'bwk_wrong', scenario: 'quiet', seed: 1, rate: 1, duration: 10, speed: Infinity, fetch: doFetch }))
      .rejects.toThrow(/refused the API key/);
  });
});
