import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/query';
import { webhookEndpoints } from '@/db/schema';
import { retryDelaySeconds, signDelivery } from './signature';

export type DeliveryReport = { attempted: number; delivered: number; failed: number };

type Claimed = { id: number; topic: string; key: string | null; payload: unknown; createdAt: string; attempts: number };

export type DeliveryOptions = {
  now?: () => Date;
  batchSize?: number;
  /** How long a claimed message is ours before another worker may try it (at least once, not exactly once). */
  leaseSeconds?: number;
  timeoutMs?: number;
};

/**
 * Delivers due outbox messages to the active webhook endpoint. Messages are claimed in a short
 * transaction (SKIP LOCKED, so any number of workers can run) and posted outside it: no transaction
 * stays open across a network call. A message counts as delivered on a 2xx answer; anything else is
 * retried with a doubling delay. Receivers deduplicate by `Bulwark-Delivery` (the message id).
 */
export async function deliverDue(db: Db, opts: DeliveryOptions = {}): Promise<DeliveryReport> {
  const now = opts.now ?? (() => new Date());
  const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.active, true));
  if (!endpoint) return { attempted: 0, delivered: 0, failed: 0 };

  const claimedAt = now();
  const rows = await queryRows<Claimed>(db, sql`
    with due as (
      select id from outbox
      where delivered_at is null and next_attempt_at <= ${claimedAt.toISOString()}::timestamptz
      order by id limit ${opts.batchSize ?? 50}
      for update skip locked
    )
    update outbox o
       set attempts = o.attempts + 1,
           next_attempt_at = ${claimedAt.toISOString()}::timestamptz + make_interval(secs => ${opts.leaseSeconds ?? 60})
      from due where o.id = due.id
    returning o.id, o.topic, o.key, o.payload, o.created_at as "createdAt", o.attempts`);
  // node-postgres returns bigint as text; ids stay far below 2^53.
  const claimed = rows.map((r) => ({ ...r, id: Number(r.id) }));
  if (claimed.length === 0) return { attempted: 0, delivered: 0, failed: 0 };

  const outcomes = await Promise.all(claimed.sort((a, b) => a.id - b.id).map(async (message) => {
    const body = JSON.stringify({ id: message.id, topic: message.topic, key: message.key, payload: message.payload, createdAt: message.createdAt });
    const error = await post(endpoint.url, endpoint.secret, message, body, now(), opts.timeoutMs ?? 10_000);
    return { message, error };
  }));

  const finishedAt = now();
  const delivered = outcomes.filter((o) => o.error === null).map((o) => o.message.id);
  const failed = outcomes.filter((o) => o.error !== null);
  await db.transaction(async (tx) => {
    if (delivered.length) {
      await tx.execute(sql`
        update outbox set delivered_at = ${finishedAt.toISOString()}::timestamptz, last_error = null
        where id = any(${`{${delivered.join(',')}}`}::bigint[])`);
    }
    for (const { message, error } of failed) {
      const retryAt = new Date(finishedAt.getTime() + retryDelaySeconds(message.attempts) * 1000);
      await tx.execute(sql`
        update outbox set next_attempt_at = ${retryAt.toISOString()}::timestamptz, last_error = ${error}
        where id = ${message.id} and delivered_at is null`);
    }
  });
  return { attempted: claimed.length, delivered: delivered.length, failed: failed.length };
}

async function post(url: string, secret: string, message: Claimed, body: string, at: Date, timeoutMs: number): Promise<string | null> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Bulwark-Webhook/1',
        'bulwark-delivery': String(message.id),
        'bulwark-topic': message.topic,
        'bulwark-signature': signDelivery(secret, body, Math.floor(at.getTime() / 1000)),
      },
    });
    await res.body?.cancel();
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return (cause ?? (error as Error).name ?? 'error').slice(0, 200);
  }
}

type Holder = { __bulwarkOutboxDelivery?: () => void };
const holder = globalThis as typeof globalThis & Holder;

/**
 * Runs delivery every `intervalMs` until stopped, once per process (across hot reloads). A pass
 * that delivered a full batch goes again at once; errors are logged, never thrown, so a bad minute
 * cannot stop it. The timer does not keep the process alive.
 */
export function startOutboxDelivery(db: () => Promise<Db>, intervalMs = 2000): () => void {
  if (holder.__bulwarkOutboxDelivery) return holder.__bulwarkOutboxDelivery;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      const database = await db();
      let report: DeliveryReport;
      do report = await deliverDue(database); while (!stopped && report.attempted > 0 && report.failed === 0);
    } catch (error) {
      console.error(`[outbox] delivery pass failed: ${(error as Error).message}`);
    }
    if (!stopped) {
      timer = setTimeout(tick, intervalMs);
      timer.unref?.();
    }
  };
  void tick();
  const stop = () => { stopped = true; clearTimeout(timer); holder.__bulwarkOutboxDelivery = undefined; };
  holder.__bulwarkOutboxDelivery = stop;
  return stop;
}
