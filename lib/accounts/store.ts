import type { Executor } from '@/db/client';
import { accounts } from '@/db/schema';

/**
 * An account staff act on may so far only be known from reports: create its bare row (id only) in
 * the acting transaction, so sanctions can reference it and its page opens. Idempotent.
 */
export async function ensureAccount(tx: Executor, accountId: string): Promise<void> {
  await tx.insert(accounts).values({ id: accountId }).onConflictDoNothing();
}
