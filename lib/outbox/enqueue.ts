import type { Executor } from '@/db/client';
import { outbox } from '@/db/schema';

/**
 * Queues a message for the platform. Call it inside the transaction that makes the change it
 * announces, so the platform hears of exactly the changes that committed. `key` is what the
 * platform orders and deduplicates by (an account id, a section id, …).
 */
export async function enqueueOutbox(tx: Executor, topic: string, key: string, payload: Record<string, unknown>): Promise<number> {
  const [row] = await tx.insert(outbox).values({ topic, key, payload }).returning({ id: outbox.id });
  return row.id;
}
