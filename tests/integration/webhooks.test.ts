import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { eq, sql } from 'drizzle-orm';
import { auditLog, outbox, type Staff } from '@/db/schema';
import { queryRows } from '@/db/query';
import { executeAction, type ServerAction } from '@/lib/actions/define-action';
import { deliverDue } from '@/lib/outbox/delivery';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import { verifyDelivery } from '@/lib/outbox/signature';
import { disableWebhookEndpoint, retryWebhookNow, setWebhookEndpoint } from '@/lib/webhooks/actions';
import { deliveryHealth } from '@/lib/webhooks/queries';
import { createTestDatabase, type TestDatabase } from './../support/db';
import { createStaff } from '../support/staff';

type Received = { id: string; topic: string; body: string; signature: string | null };

/** A real HTTP receiver whose answer the test sets: the platform's side of the webhook. */
function receiver() {
  const received: Received[] = [];
  let status = 200;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      received.push({ id: String(req.headers['bulwark-delivery']), topic: String(req.headers['bulwark-topic']), body, signature: (req.headers['bulwark-signature'] as string) ?? null });
      res.writeHead(status).end();
    });
  });
  return {
    received,
    answer: (s: number) => { status = s; },
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let t: TestDatabase;
let admin: Staff;
const platform = receiver();
let url: string;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createStaff(t.db, 'admin');
  url = await platform.listen();
});
afterAll(async () => { await platform.close(); await t.drop(); });
beforeEach(async () => {
  // Each test sees only its own messages.
  await t.db.update(outbox).set({ deliveredAt: new Date() }).where(sql`delivered_at is null`);
  platform.received.length = 0;
  platform.answer(200);
});

async function call<S extends z.ZodType, O>(action: ServerAction<S, O>, input: unknown, staffId = admin.id) {
  const requestId = randomUUID();
  const result = await executeAction(action.definition, { db: t.db, staffId, requestId }, input);
  const audit = await t.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
  return { result, audit };
}

async function setReceiver(target = url) {
  const { result, audit } = await call(setWebhookEndpoint, { url: target });
  if (!result.ok) throw new Error(result.error.message);
  return { ...result.data, audit };
}

const at = (seconds: number) => () => new Date(Date.UTC(2030, 0, 1) + seconds * 1000);

describe('webhook delivery', () => {
  it('keeps messages waiting while no receiver is set', async () => {
    const id = await enqueueOutbox(t.db, 'sanction.applied', 'acct-1', { accountId: 'acct-1' });
    expect(await deliverDue(t.db, { now: at(0) })).toEqual({ attempted: 0, delivered: 0, failed: 0 });
    const [row] = await t.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row).toMatchObject({ attempts: 0, deliveredAt: null });
  });

  it('refuses a receiver address that is not http(s), naming the field', async () => {
    const { result, audit } = await call(setWebhookEndpoint, { url: 'javascript:alert(1)' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { url: ['url_invalid'] } } });
    expect(audit).toHaveLength(0);
  });

  it('signs each delivery with the secret shown once, which the audit log never holds', async () => {
    const created = await setReceiver();
    expect(created.secret).toMatch(/^whsec_/);
    expect(JSON.stringify(created.audit)).not.toContain(created.secret);
    const id = await enqueueOutbox(t.db, 'section.dispersed', 'sec-1', { sectionId: 'sec-1' });
    expect(await deliverDue(t.db, { now: at(0) })).toEqual({ attempted: 1, delivered: 1, failed: 0 });
    expect(platform.received).toHaveLength(1);
    const [got] = platform.received;
    expect(got).toMatchObject({ id: String(id), topic: 'section.dispersed' });
    expect(JSON.parse(got.body)).toMatchObject({ id, topic: 'section.dispersed', key: 'sec-1', payload: { sectionId: 'sec-1' } });
    expect(verifyDelivery(created.secret, got.body, got.signature, Math.floor(at(0)().getTime() / 1000))).toBe(true);
    expect(verifyDelivery('whsec_wrong', got.body, got.signature, Math.floor(at(0)().getTime() / 1000))).toBe(false);
    const [row] = await t.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row.deliveredAt).not.toBeNull();
    expect(await deliverDue(t.db, { now: at(100) })).toMatchObject({ attempted: 0 });
  });

  it('retries a message the receiver refused, after a growing delay, until it answers 2xx', async () => {
    await setReceiver();
    const id = await enqueueOutbox(t.db, 'sanction.reversed', 'acct-2', { accountId: 'acct-2' });
    platform.answer(503);
    expect(await deliverDue(t.db, { now: at(0) })).toEqual({ attempted: 1, delivered: 0, failed: 1 });
    let [row] = await t.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row).toMatchObject({ attempts: 1, deliveredAt: null, lastError: 'HTTP 503' });
    expect(row.nextAttemptAt.getTime()).toBe(at(10)().getTime());
    expect((await deliveryHealth(t.db)).failures.map((f) => f.id)).toContain(id);

    expect(await deliverDue(t.db, { now: at(5) })).toMatchObject({ attempted: 0 });
    expect(await deliverDue(t.db, { now: at(10) })).toMatchObject({ attempted: 1, failed: 1 });
    [row] = await t.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row.nextAttemptAt.getTime()).toBe(at(30)().getTime());

    platform.answer(204);
    expect(await deliverDue(t.db, { now: at(30) })).toMatchObject({ attempted: 1, delivered: 1 });
    [row] = await t.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row).toMatchObject({ attempts: 3, lastError: null });
    expect(platform.received.filter((r) => r.id === String(id))).toHaveLength(3);
  });

  it('records an unreachable receiver, and "retry now" makes failing messages due at once', async () => {
    const closed = receiver();
    const deadUrl = await closed.listen();
    await closed.close();
    await setReceiver(deadUrl);
    const id = await enqueueOutbox(t.db, 'video.prepublication_decided', 'v-1', {});
    await deliverDue(t.db, { now: at(0) });
    const [row] = await t.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row.lastError).toBe('ECONNREFUSED');

    await setReceiver();
    const { result } = await call(retryWebhookNow, {});
    expect(result).toMatchObject({ ok: true, data: { messages: 1 } });
    expect(await deliverDue(t.db)).toMatchObject({ attempted: 1, delivered: 1 });
  });

  it('delivers each message once when several workers run at the same time', async () => {
    await setReceiver();
    const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => enqueueOutbox(t.db, 'comments.folded', `p-${i}`, { i })));
    const reports = await Promise.all([1, 2, 3].map(() => deliverDue(t.db, { now: at(0), batchSize: 10 })));
    const more = await deliverDue(t.db, { now: at(0), batchSize: 50 });
    expect(reports.reduce((n, r) => n + r.delivered, 0) + more.delivered).toBe(30);
    expect(platform.received.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  });

  it('stops delivering when the receiver is disabled', async () => {
    const created = await setReceiver();
    const { result } = await call(disableWebhookEndpoint, { id: created.id });
    expect(result.ok).toBe(true);
    await enqueueOutbox(t.db, 'webhook.ping', 'ping', {});
    expect(await deliverDue(t.db, { now: at(0) })).toMatchObject({ attempted: 0 });
    const again = await call(disableWebhookEndpoint, { id: created.id });
    expect(again.result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const rows = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from webhook_endpoints where active`);
    expect(rows[0].n).toBe(0);
  });
});
