import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '@/db/schema';
import { executeAction } from '@/lib/actions/define-action';
import { receiveAccountEvents } from '@/lib/accounts/api';
import { receiveAppeal } from '@/lib/appeals/api';
import { receiveCommentEvents } from '@/lib/comments/api';
import { MAX_COMMENTS_PER_EVENT, MAX_COMMENTS_PER_REQUEST } from '@/lib/comments/intake-schema';
import { receiveLivestreamEvents } from '@/lib/livestreams/api';
import { MAX_BULLETS, MAX_BULLETS_PER_REQUEST } from '@/lib/livestreams/events-schema';
import { MAX_EVENTS as MAX_ACCOUNT_EVENTS } from '@/lib/accounts/events-schema';
import { receiveReport, receiveReportBatch } from '@/lib/reports/api';
import { MAX_BATCH } from '@/lib/reports/intake-schema';
import { checkRegistration } from '@/lib/registration/api';
import { MAX_IDENTITIES } from '@/lib/registration/check-schema';
import { readRestrictions } from '@/lib/sanctions/restrictions-api';
import { MAX_ACCOUNTS } from '@/lib/sanctions/restrictions-api';
import { receiveSectionEvents } from '@/lib/sections/api';
import { MAX_EVENTS as MAX_SECTION_EVENTS } from '@/lib/sections/events-schema';
import { readAuthoritative } from '@/lib/incidents/api';
import { applySanction } from '@/lib/sanctions/actions';
import { saveDraft } from '@/lib/standards/actions';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';
import { newIdentity } from '../support/referrals';
import { rowCounter } from '../support/routes';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

let t: TestDatabase;
let key: string;
let mod: Staff;
let admin: Staff;
let counts: () => Promise<Record<string, number>>;
beforeAll(async () => {
  t = await createTestDatabase();
  key = (await createTestApiKey(t.db)).key;
  mod = await createStaff(t.db, 'moderator');
  admin = await createStaff(t.db, 'admin');
  counts = await rowCounter(t.db);
});
afterAll(async () => { await t.drop(); });

async function send(handler: Handler, body: unknown, opts: { contentType?: string | null; raw?: Uint8Array | string } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (opts.contentType !== null) headers['content-type'] = opts.contentType ?? 'application/json';
  const payload = opts.raw ?? JSON.stringify(body);
  const req = new Request('http://test/api/v1/x', { method: 'POST', headers, body: payload as BodyInit });
  if (opts.contentType === null) req.headers.delete('content-type');
  const res = await handler(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
async function get(handler: Handler, query: string) {
  const res = await handler(new Request(`http://test/api/v1/x?${query}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
const fields = (body: Record<string, any>) => (body.error?.errors ?? []).map((e: { field: string }) => e.field) as string[];

function report(overrides: Record<string, unknown> = {}) {
  const id = randomUUID();
  return {
    externalId: `bad-${id}`, channel: 'comment', category: 'insult', reporter: { accountId: `r-${id}` },
    subject: { contentId: `c-${id}`, accountId: 's', text: 'you are worthless', createdAt: '2026-03-01T08:00:00Z' },
    target: { accountId: 't', isMinor: false }, ...overrides,
  };
}

describe('text no column can store is refused with 400 naming the field, on every path', () => {
  it('NUL and lone surrogates in account events, appeals and query strings', async () => {
    const before = await counts();
    const event = { eventId: `e-${randomUUID()}`, accountId: 'a1', type: 'renamed', at: '2026-01-01T00:00:00Z', handle: '@x\u0000y', displayName: 'ok' };
    const renamed = await send(receiveAccountEvents, { events: [event] });
    expect(renamed.status).toBe(400);
    expect(fields(renamed.body)).toContain('events.0.handle');

    const lone = await send(receiveAccountEvents, { events: [{ ...event, handle: 'ok', displayName: 'half \uD83D pair' }] });
    expect(lone.status).toBe(400);
    expect(fields(lone.body)).toContain('events.0.displayName');

    const appeal = await send(receiveAppeal, { externalId: 'ap\u0000', sanctionId: randomUUID(), statement: 'x' });
    expect(appeal.status).toBe(400);
    expect(fields(appeal.body)).toContain('externalId');
    const statement = await send(receiveAppeal, { externalId: 'ap-1', sanctionId: randomUUID(), statement: 'I \uDC00 disagree' });
    expect(fields(statement.body)).toContain('statement');

    const restrictions = await get(readRestrictions, 'accounts=a%00b');
    expect(restrictions.status).toBe(400);
    expect(fields(restrictions.body)).toContain('accounts');
    const authoritative = await get(readAuthoritative, 'term=%00');
    expect(authoritative.status).toBe(400);
    expect(fields(authoritative.body)).toContain('term');

    const key = await send(receiveAccountEvents, { events: [event], ['x\u0000']: 1 });
    expect(key.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('numbers beyond the column: a live room of 2147483648 viewers', async () => {
    const roomId = `room-${randomUUID()}`;
    expect((await send(receiveLivestreamEvents, { events: [{ type: 'room_opened', roomId, hostAccountId: 'h', name: 'n' }] })).status).toBe(200);
    const before = await counts();
    const res = await send(receiveLivestreamEvents, { events: [{ type: 'viewers', roomId, viewers: 2147483648 }] });
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain('events.0.viewers');
    expect((await send(receiveLivestreamEvents, { events: [{ type: 'viewers', roomId, viewers: 1e400 }] }, { raw: `{"events":[{"type":"viewers","roomId":"${roomId}","viewers":1e400}]}` })).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('server actions too: a NUL in a reason or a version beyond int4 is a field error, not a 500', async () => {
    const nul = await executeAction(applySanction.definition, { db: t.db, staffId: mod.id, requestId: 'bad-1' }, { accountId: 'acct\u0000', type: 'warning', role: 'participant', reason: 'Rude' });
    expect(nul).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(Object.keys((nul as { error: { fields: object } }).error.fields)).toContain('accountId');
    const huge = await executeAction(saveDraft.definition, { db: t.db, staffId: admin.id, requestId: 'bad-2' }, { version: 2147483648, categoryId: 'insult', changes: { severity: 2 } });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the body itself', () => {
  it('invalid UTF-8 is 400, not text with U+FFFD; JSON sent as another type is 415', async () => {
    const before = await counts();
    const json = JSON.stringify(report());
    const bytes = new TextEncoder().encode(json);
    const broken = new Uint8Array([...bytes.slice(0, 40), 0xff, 0xfe, ...bytes.slice(40)]);
    const res = await send(receiveReport, null, { raw: broken });
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
    expect(res.body.error.message).toMatch(/UTF-8/);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const wrong = await send(receiveReport, report(), { contentType: type });
      expect(wrong, type).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    }
    expect(await counts()).toEqual(before);
    expect((await send(receiveReport, report(), { contentType: 'application/json; charset=utf-8' })).status).toBe(201);
  });
});

describe('a report re-sent under a known externalId', () => {
  it('is a replay when identical and a 409 naming the stored report when its content differs', async () => {
    const first = report();
    const stored = await send(receiveReport, first);
    expect(stored.status).toBe(201);
    expect((await send(receiveReport, first)).status).toBe(200);
    const before = await counts();
    const changed = await send(receiveReport, { ...first, subject: { ...first.subject, text: 'different words' } });
    expect(changed).toMatchObject({ status: 409, body: { error: { code: 'conflict', reportId: stored.body.id } } });
    const otherReporter = await send(receiveReport, { ...first, reporter: { accountId: 'someone-else' } });
    expect(otherReporter.status).toBe(409);

    const inBatch = await send(receiveReportBatch, { reports: [{ ...first, description: 'new' }, first] });
    expect(inBatch.status).toBe(200);
    expect(inBatch.body.results[0]).toMatchObject({ ok: false, conflict: true, reportId: stored.body.id });
    expect(inBatch.body.results[1]).toMatchObject({ ok: true, replayed: true, id: stored.body.id });
    expect(await counts()).toEqual(before);

    const fresh = report();
    const twice = await send(receiveReportBatch, { reports: [fresh, { ...fresh, category: 'threat' }] });
    expect(twice.body.results[0]).toMatchObject({ ok: true, replayed: false });
    expect(twice.body.results[1]).toMatchObject({ ok: false, conflict: true, reportId: twice.body.results[0].id });
  });
});

describe('every batch route takes its documented maximum', () => {
  const when = '2026-03-01T08:00:00Z';

  it(`comments: ${MAX_COMMENTS_PER_REQUEST / MAX_COMMENTS_PER_EVENT} × ${MAX_COMMENTS_PER_EVENT} comments, and one more is refused`, async () => {
    const tag = randomUUID();
    const posts = MAX_COMMENTS_PER_REQUEST / MAX_COMMENTS_PER_EVENT;
    const events: unknown[] = [];
    for (let p = 0; p < posts; p++) {
      events.push({ type: 'post_created', postId: `${tag}-${p}`, authorAccountId: 'a', text: 'post', createdAt: when });
      events.push({ type: 'comments_added', postId: `${tag}-${p}`, comments: Array.from({ length: MAX_COMMENTS_PER_EVENT }, (_, i) => ({ commentId: `c${i}`, authorAccountId: `u${i}`, text: `comment ${i}`, createdAt: when })) });
    }
    const res = await send(receiveCommentEvents, { events });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect(res.body.commentsStored).toBe(MAX_COMMENTS_PER_REQUEST);
    const over = await send(receiveCommentEvents, { events: [...events, { type: 'comments_added', postId: `${tag}-0`, comments: [{ commentId: 'extra', authorAccountId: 'u', text: 'x', createdAt: when }] }] });
    expect(over.status).toBe(400);
  });

  it(`livestreams: ${MAX_BULLETS_PER_REQUEST / MAX_BULLETS} × ${MAX_BULLETS} bullet comments`, async () => {
    const roomId = `room-${randomUUID()}`;
    const events: unknown[] = [{ type: 'room_opened', roomId, hostAccountId: 'h', name: 'max room' }];
    for (let b = 0; b < MAX_BULLETS_PER_REQUEST / MAX_BULLETS; b++) {
      events.push({ type: 'bullet_comments', roomId, comments: Array.from({ length: MAX_BULLETS }, (_, i) => ({ bulletId: `${b}-${i}`, accountId: `u${i}`, text: `bullet ${i}` })) });
    }
    const res = await send(receiveLivestreamEvents, { events });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  });

  it(`reports batch: ${MAX_BATCH} reports`, async () => {
    const res = await send(receiveReportBatch, { reports: Array.from({ length: MAX_BATCH }, () => report()) });
    expect(res.status).toBe(200);
    expect(res.body.results.filter((r: { ok: boolean }) => r.ok)).toHaveLength(MAX_BATCH);
  });

  it(`account events: ${MAX_ACCOUNT_EVENTS}; section events: ${MAX_SECTION_EVENTS}`, async () => {
    const tag = randomUUID();
    const accountEvents = Array.from({ length: MAX_ACCOUNT_EVENTS }, (_, i) => ({ eventId: `${tag}-${i}`, accountId: `${tag}-a${i}`, type: 'renamed', at: when, handle: `@h${i}`, displayName: `N ${i}` }));
    expect((await send(receiveAccountEvents, { events: accountEvents })).status).toBe(200);
    const sectionEvents = Array.from({ length: MAX_SECTION_EVENTS }, (_, i) => ({ type: 'created', externalId: `${tag}-s${i}`, kind: 'topic', name: `topic ${i}` }));
    expect((await send(receiveSectionEvents, { events: sectionEvents })).status).toBe(200);
  });

  it(`registration checks: ${MAX_IDENTITIES} identities; restrictions: ${MAX_ACCOUNTS} accounts`, async () => {
    const res = await send(checkRegistration, { identities: Array.from({ length: MAX_IDENTITIES }, () => newIdentity()) });
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(MAX_IDENTITIES);
    const accounts = Array.from({ length: MAX_ACCOUNTS }, (_, i) => `acct-${i}`).join(',');
    expect((await get(readRestrictions, `accounts=${accounts}`)).status).toBe(200);
  });
});
