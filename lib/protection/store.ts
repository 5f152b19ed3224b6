import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '@/db/client';
import { accountProtections, type AccountProtection, type ProtectionChannel } from '@/db/schema';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import { enforcement } from './channels';

export type EndedHow = 'expired' | 'replaced' | 'staff' | 'account';

export async function activeProtection(tx: Executor, accountId: string, lock = false): Promise<AccountProtection | null> {
  const q = tx.select().from(accountProtections).where(and(eq(accountProtections.accountId, accountId), eq(accountProtections.status, 'active')));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** Tells the platform what it must enforce for the account from now on (notice II.1). */
export async function announceProtection(tx: Executor, accountId: string, current: AccountProtection | null, change: string, now: Date) {
  await enqueueOutbox(tx, 'protection.changed', accountId, {
    accountId, change, protectionId: current?.id ?? null, ...enforcement(current, now),
  });
}

export type NewProtection = {
  accountId: string; channels: ProtectionChannel[]; until: Date | null; source: 'account' | 'staff';
  setBy: string | null; reason: string; setAt: Date;
};

/** A new setting replaces the one in force (at most one active per account), and the platform is told. */
export async function setProtection(tx: Tx, input: NewProtection, now: Date): Promise<{ row: AccountProtection; replaced: AccountProtection | null }> {
  const replaced = await activeProtection(tx, input.accountId, true);
  if (replaced) {
    await tx.update(accountProtections).set({ status: 'ended', endedAt: input.setAt, endedHow: 'replaced', endedBy: input.setBy })
      .where(eq(accountProtections.id, replaced.id));
  }
  const [row] = await tx.insert(accountProtections).values({ ...input }).returning();
  await announceProtection(tx, input.accountId, row, 'set', now);
  return { row, replaced };
}

export async function endProtection(tx: Tx, row: AccountProtection, how: EndedHow, by: string | null, at: Date, now: Date) {
  const [ended] = await tx.update(accountProtections).set({ status: 'ended', endedAt: at, endedHow: how, endedBy: by })
    .where(and(eq(accountProtections.id, row.id), eq(accountProtections.status, 'active'))).returning();
  if (ended) await announceProtection(tx, row.accountId, null, how === 'expired' ? 'expired' : 'ended', now);
  return ended ?? null;
}

export async function protectionHistory(db: Executor, accountId: string, limit = 10) {
  return db.select().from(accountProtections).where(eq(accountProtections.accountId, accountId))
    .orderBy(desc(accountProtections.setAt), desc(sql`${accountProtections.id}`)).limit(limit);
}
