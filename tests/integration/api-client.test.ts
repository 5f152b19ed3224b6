import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  accountEventTypes, apiRoutes, commentEventTypes, createApiClient, livestreamEventTypes, reportChannels, sectionEventTypes, sectionKinds, signalKinds,
  type AccountEvent, type AppealInput, type MediaItem, type CommentEvent, type DmCheckInput, type LivestreamEvent, type PrecheckItem, type PrepublicationVideo,
  type ReportAccepted, type ReportInput, type ReportStatusAnswer, type SectionEvent, type SectionStatusAnswer, type Signal,
} from '@/lib/api-client';
import { openApiDocument } from '@/lib/api/openapi';
import { play } from '@/scripts/simulate/play';
import { scenarioNames } from '@/scripts/simulate/model';
import { generateScenario } from '@/scripts/simulate/scenarios';
import { Stats } from '@/scripts/simulate/stats';

/**
 * The typed client (lib/api-client) against the console's own OpenAPI document: every route it calls
 * is there with the same method, every field it can send is described there, and every route under
 * app/api/v1 is both in the document and in the client. Optional routes (from work a console may not
 * have) are checked when the document lists them.
 */
type Json = Record<string, unknown>;
const doc = JSON.parse(JSON.stringify(openApiDocument())) as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };

// Every field of a type, required: a sample typed Full<T> must spell out each optional field too, so
// adding a field to the client's types without describing it in the document fails below.
type Full<T> = T extends (infer U)[] ? Full<U>[] : T extends object ? { [K in keyof T]-?: Full<NonNullable<T[K]>> } : T;

function resolve(schema: Json): Json {
  let s = schema;
  while (typeof s.$ref === 'string') s = doc.components.schemas[(s.$ref as string).replace('#/components/schemas/', '')];
  return s;
}

/** What of `value` the schema does not describe (or contradicts): field paths with the problem. */
function undescribed(schemaIn: Json | undefined, value: unknown, at: string): string[] {
  if (!schemaIn) return [`${at}: no schema`];
  const schema = resolve(schemaIn);
  const branches = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (branches) {
    const tried = branches.map((b) => undescribed(b, value, at));
    return tried.find((p) => p.length === 0) ?? tried.sort((a, b) => a.length - b.length)[0];
  }
  if ('const' in schema && schema.const !== value) return [`${at}: ${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  const typeOf = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  if (types.length && !types.includes(typeOf) && !(typeOf === 'integer' && types.includes('number'))) return [`${at}: a ${typeOf} where the document says ${types.join('|')}`];
  if (Array.isArray(value)) {
    if (!schema.items) return [`${at}: an array the document does not describe`];
    return value.flatMap((v, i) => undescribed(schema.items as Json, v, `${at}.${i}`));
  }
  if (typeOf === 'object') {
    const props = (schema.properties ?? {}) as Record<string, Json>;
    const problems = Object.entries(value as Json).flatMap(([k, v]) => {
      if (props[k]) return undescribed(props[k], v, `${at}.${k}`);
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') return undescribed(schema.additionalProperties as Json, v, `${at}.${k}`);
      return [`${at}.${k}: not described by the document`];
    });
    const missing = ((schema.required ?? []) as string[]).filter((k) => !(k in (value as Json)));
    return [...problems, ...missing.map((k) => `${at}.${k}: required by the document, not sent`)];
  }
  return [];
}

const operation = (method: string, p: string) => doc.paths[p]?.[method.toLowerCase()];
const requestSchema = (method: string, p: string) => ((operation(method, p)?.requestBody as Json | undefined)?.content as Record<string, { schema: Json }> | undefined)?.['application/json']?.schema;

type Sent = { method: string; path: string; query: Record<string, string>; body: unknown };
function recordingClient(answer: unknown = {}) {
  const sent: Sent[] = [];
  const client = createApiClient({
    baseUrl: 'http://console.test', key: 'bwk_test',
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(String(input));
      sent.push({ method: init?.method ?? 'GET', path: url.pathname.replace(/^\/api\/v1/, ''), query: Object.fromEntries(url.searchParams), body: init?.body ? JSON.parse(String(init.body)) : undefined });
      return Response.json(answer);
    }) as typeof fetch,
  });
  return { client, sent };
}

function checkSent(sent: Sent[]): string[] {
  return sent.flatMap((s) => {
    const op = operation(s.method, s.path);
    const route = Object.values(apiRoutes).find((r) => r.path === s.path && r.method === s.method);
    if (!op) return route && 'optional' in route ? [] : [`${s.method} ${s.path}: not in the document`];
    const params = ((op.parameters ?? []) as { name: string; in: string }[]).filter((p) => p.in === 'query').map((p) => p.name);
    const badQuery = Object.keys(s.query).filter((k) => !params.includes(k)).map((k) => `${s.method} ${s.path}?${k}: query parameter not described`);
    const body = s.body === undefined ? [] : undescribed(requestSchema(s.method, s.path), s.body, `${s.method} ${s.path} body`);
    return [...badQuery, ...body];
  });
}

const at = '2026-11-30T08:00:00Z';
const media: Full<MediaItem> = { kind: 'snapshot', url: 'https://media.example/a.png', sha256: 'a'.repeat(64), mimeType: 'image/png' };
const reportSample = (channel: (typeof reportChannels)[number]): Full<ReportInput> => ({
  externalId: 'r1', channel, category: 'insult', reporter: { accountId: 'a1', isMinor: true },
  subject: { contentId: 'c1', accountId: 'a2', text: 'text', context: ['before'], createdAt: at, media: [media] }, target: { accountId: 'a3', isMinor: false }, description: 'why',
});
const accountSamples: Full<AccountEvent>[] = [
  { eventId: 'e1', accountId: 'a1', at, type: 'created', handle: 'h', displayName: 'd' },
  { eventId: 'e2', accountId: 'a1', at, type: 'renamed', handle: 'h2', displayName: 'd2' },
  { eventId: 'e3', accountId: 'a1', at, type: 'verified', identity: 'ID-1234' },
  { eventId: 'e4', accountId: 'a1', at, type: 'minor_flag', isMinor: true },
  { eventId: 'e5', accountId: 'a1', at, type: 'joined_agency', agency: { externalId: 'ag1', name: 'MCN' } },
  { eventId: 'e6', accountId: 'a1', at, type: 'left_agency', agency: { externalId: 'ag1' } },
];
const sectionSamples: Full<SectionEvent>[] = [
  ...sectionKinds.map((kind): Full<SectionEvent> => ({ type: 'created', externalId: `s-${kind}`, kind, name: 'n', ownerAccountId: 'a1', createdAt: at })),
  { type: 'renamed', externalId: 's1', name: 'n2', at },
  { type: 'activity', externalId: 's1', postsLastHour: 5, flaggedItems: 1, totalItems: 9, selfHarmItems: 0, at },
  { type: 'post', externalId: 's1', post: { externalId: 'p1', authorAccountId: 'a1', authorCreatedAt: at, text: 't', flagged: true, selfHarm: false, postedAt: at } },
];
const commentSamples: Full<CommentEvent>[] = [
  { type: 'post_created', postId: 'p1', authorAccountId: 'a1', text: 't', createdAt: at },
  { type: 'comments_added', postId: 'p1', comments: [{ commentId: 'c1', authorAccountId: 'a2', text: 't', createdAt: at }] },
];
const livestreamSamples: Full<LivestreamEvent>[] = [
  { type: 'room_opened', roomId: 'r1', hostAccountId: 'a1', name: 'room', openedAt: at },
  { type: 'viewers', roomId: 'r1', viewers: 10 },
  { type: 'bullet_comments', roomId: 'r1', comments: [{ bulletId: 'b1', accountId: 'a2', text: 't', sentAt: at }] },
  { type: 'room_ended', roomId: 'r1', endedAt: at },
];
const video: Full<PrepublicationVideo> = { externalId: 'v1', title: 't', description: 'd', coverText: 'c', uploaderAccountId: 'a1', riskReasons: ['insult'], uploadedAt: at, media: [media] };
const appeal: Full<AppealInput> = { externalId: 'ap1', sanctionId: '00000000-0000-4000-8000-000000000000', reference: 'SAN-1A2B3C4D', statement: 's' };
const signals: Full<Signal>[] = signalKinds.map((kind) => ({ kind, key: 'k', at, count: 2 }));
const precheckItem: Full<PrecheckItem> = { id: 'i1', kind: 'comment', text: 't', authorAccountId: 'a1', targetAccountId: 'a2' };
const dmCheck: Full<DmCheckInput> = { sender: 'a1', recipient: 'a2', text: 't' };

describe('the typed API client against /api/v1/openapi.json', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === 'route.ts' ? [path.join(dir, e.name)] : []));

  it('calls only routes the document lists, with the same method (optional ones when listed)', () => {
    for (const [name, r] of Object.entries(apiRoutes)) {
      if ('optional' in r && !operation(r.method, r.path)) continue;
      expect(operation(r.method, r.path), `${name}: ${r.method} ${r.path} is not in the document`).toBeDefined();
      const operationId = operation(r.method, r.path)!.operationId;
      expect(operationId, `${r.method} ${r.path}`).toBe(name);
    }
  });

  it('covers every route under app/api/v1, and the document lists each of them', async () => {
    const files = walk(path.join(root, 'app/api/v1'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const p = '/' + path.relative(path.join(root, 'app/api/v1'), path.dirname(file)).split(path.sep).join('/');
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => typeof mod[m] === 'function');
      expect(methods.length, p).toBeGreaterThan(0);
      for (const m of methods) {
        expect(operation(m, p), `${m} /api/v1${p} is missing from the OpenAPI document`).toBeDefined();
        expect(Object.values(apiRoutes).some((r) => r.method === m && r.path === p), `${m} /api/v1${p} has no function in lib/api-client`).toBe(true);
      }
    }
  });

  it('sends only fields the document describes, every field of every request type included', async () => {
    expect(new Set(accountSamples.map((e) => e.type))).toEqual(new Set(accountEventTypes));
    expect(new Set(sectionSamples.map((e) => e.type))).toEqual(new Set(sectionEventTypes));
    expect(new Set(commentSamples.map((e) => e.type))).toEqual(new Set(commentEventTypes));
    expect(new Set(livestreamSamples.map((e) => e.type))).toEqual(new Set(livestreamEventTypes));

    const { client, sent } = recordingClient();
    for (const channel of reportChannels) await client.receiveReport(reportSample(channel));
    await client.receiveReportBatch(reportChannels.map(reportSample));
    await client.readReportStatus(['r1', 'r2']);
    await client.receiveAccountEvents(accountSamples);
    await client.readAccountRestrictions(['a1', 'a2']);
    await client.fileAppeal(appeal);
    await client.receiveSectionEvents(sectionSamples);
    await client.readSectionStatus(['s1']);
    for (const kind of sectionKinds) await client.checkSectionName({ kind, name: 'n' });
    await client.receiveCommentEvents(commentSamples);
    await client.receiveLivestreamEvents(livestreamSamples);
    await client.holdVideoForReview(video);
    await client.checkRegistration({ identity: 'ID-1' });
    await client.checkRegistration({ identities: ['ID-1', 'ID-2'] });
    await client.readAuthoritativeStatements({ incident: '00000000-0000-4000-8000-000000000000', term: 't', section: 's' });
    await client.openApiDocument();
    await client.sendSignals({ signals, batchId: 'b1' });
    await client.precheck([precheckItem]);
    await client.checkPrivateMessage(dmCheck);
    await client.listAlerts({ since: at, cursor: 'c' });
    await client.readAccountProtection(['a', 'b']);
    expect(new Set(sent.map((s) => `${s.method} ${s.path}`))).toEqual(new Set(Object.values(apiRoutes).map((r) => `${r.method} ${r.path}`)));
    expect(checkSent(sent)).toEqual([]);
  });

  it('sends only described fields in everything the simulator plays, every scenario', async () => {
    const { client, sent } = recordingClient({ results: [], reports: [], sections: [], statements: [] });
    const features = { signals: true, precheck: true, dmChecks: true, alerts: true, reportStatus: true, sectionStatus: true };
    for (const name of scenarioNames) {
      const scenario = generateScenario(name, { seed: 9, start: new Date(at), duration: 300, rate: 2 });
      await play(client, scenario, features, new Stats(), { speed: Infinity });
    }
    expect(sent.length).toBeGreaterThan(20);
    expect(checkSent(sent)).toEqual([]);
  });

  it('finds a field the document does not describe, and a route it does not list', () => {
    const problems = checkSent([
      { method: 'POST', path: '/reports', query: {}, body: { ...reportSample('post'), priority: 5 } },
      { method: 'POST', path: '/accounts/events', query: {}, body: { events: [{ ...accountSamples[0], nickname: 'x' }] } },
      { method: 'GET', path: '/accounts/restrictions', query: { accounts: 'a', limit: '5' }, body: undefined },
      { method: 'POST', path: '/reports/undo', query: {}, body: {} },
    ]);
    expect(problems).toEqual([
      'POST /reports body.priority: not described by the document',
      expect.stringMatching(/^POST \/accounts\/events body\.events\.0\.nickname: not described/),
      'GET /accounts/restrictions?limit: query parameter not described',
      'POST /reports/undo: not in the document',
    ]);
  });

  it('reads answers the document describes (where it declares their fields)', () => {
    const accepted: Full<ReportAccepted> = { id: '00000000-0000-4000-8000-000000000001', caseId: '00000000-0000-4000-8000-000000000002', status: 'open', priority: 1, dueAt: at };
    const answer = (method: string, p: string, status: number) => ((operation(method, p)?.responses as Record<string, Json>)[status]?.content as Record<string, { schema: Json }>)['application/json'].schema;
    expect(undescribed(answer('POST', '/reports', 201), accepted, 'report')).toEqual([]);
    const statusAnswer: Full<ReportStatusAnswer> = { reports: [{ externalId: 'r1', found: false }] };
    const found: Full<Extract<ReportStatusAnswer['reports'][number], { found: true }>> = {
      externalId: 'r2', found: true, caseId: accepted.caseId, status: 'open', priority: 1_000_000_001, involvesMinor: true, selfHarm: false,
      categoryId: 'insult', receivedAt: at, dueAt: at, decision: 'warn',
    };
    expect(undescribed(answer('GET', '/reports/status', 200), { reports: [...statusAnswer.reports, found] }, 'status')).toEqual([]);
    const section: Full<Extract<SectionStatusAnswer['sections'][number], { found: true }>> = {
      externalId: 's1', found: true, sectionId: accepted.id, kind: 'topic', name: 'n', status: 'dispersed', heatPerHour: 3, flaggedItems: 1, totalItems: 2, incidentId: 'x',
    };
    expect(undescribed(answer('GET', '/sections/status', 200), { sections: [section, { externalId: 's2', found: false }] }, 'sections')).toEqual([]);
  });
});
