import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { accountProtections } from '@/db/schema';
import type { AccountEvent } from '@/lib/accounts/events-schema';
import { activeProtection, endProtection, setProtection } from './store';

type ProtectionEvent = Extract<AccountEvent, { type: 'protection_set' | 'protection_cleared' }>;

/**
 * The account's own switch (notice II.1). It is the account's to decide, so it replaces or ends a
 * setting staff made too, unless that setting is newer than the event (a late delivery does not undo it).
 */
export async function applyProtectionEvent(tx: Tx, event: ProtectionEvent, at: Date, now: Date) {
  const current = await activeProtection(tx, event.accountId, true);
  if ((await lastChange(tx, event.accountId)) > at.getTime()) return;
  if (event.type === 'protection_cleared') {
    if (current) await endProtection(tx, current, 'account', null, at, now);
    return;
  }
  const until = event.until ? new Date(event.until) : null;
  // Already over when it arrives: nothing to enforce, nothing to announce.
  if (until && until.getTime() <= now.getTime()) return;
  await setProtection(tx, { accountId: event.accountId, channels: event.channels, until, source: 'account', setBy: null, reason: '', setAt: at }, now);
}

/** When the account's protection was last set or switched off by someone (running out is no one's act). */
async function lastChange(tx: Tx, accountId: string): Promise<number> {
  const [row] = await tx.select({
    at: sql<string | null>`max(greatest(${accountProtections.setAt}, case when ${accountProtections.endedHow} in ('account', 'staff') then ${accountProtections.endedAt} end))`,
  }).from(accountProtections).where(eq(accountProtections.accountId, accountId));
  return row?.at ? new Date(row.at).getTime() : -Infinity;
}
