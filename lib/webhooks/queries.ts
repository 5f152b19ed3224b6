import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { outbox, webhookEndpoints } from '@/db/schema';

export async function activeWebhook(db: Executor) {
  const [row] = await db.select({ id: webhookEndpoints.id, url: webhookEndpoints.url, createdAt: webhookEndpoints.createdAt })
    .from(webhookEndpoints).where(eq(webhookEndpoints.active, true));
  return row ?? null;
}

/** How delivery is going: what waits, what keeps failing and why, what went out in the last day. */
export async function deliveryHealth(db: Executor) {
  const [counts] = await db.select({
    waiting: sql<number>`count(*) filter (where ${outbox.deliveredAt} is null)::int`,
    failing: sql<number>`count(*) filter (where ${outbox.deliveredAt} is null and ${outbox.lastError} is not null)::int`,
    deliveredDay: sql<number>`count(*) filter (where ${outbox.deliveredAt} > now() - interval '1 day')::int`,
    oldestWaiting: sql<string | null>`min(${outbox.createdAt}) filter (where ${outbox.deliveredAt} is null)`,
  }).from(outbox);
  const failures = await db.select({
    id: outbox.id, topic: outbox.topic, key: outbox.key, attempts: outbox.attempts, lastError: outbox.lastError,
    nextAttemptAt: outbox.nextAttemptAt, createdAt: outbox.createdAt,
  }).from(outbox)
    .where(and(isNull(outbox.deliveredAt), isNotNull(outbox.lastError)))
    .orderBy(desc(outbox.id)).limit(20);
  return { ...counts, oldestWaiting: counts.oldestWaiting ? new Date(counts.oldestWaiting) : null, failures };
}
