import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { accountEvents, accountNames, accounts, agencies, agencyMemberships } from '@/db/schema';
import { flagRenameIfHot } from '@/lib/identity-checks/flag';
import { identityHash } from '@/lib/registration/identity-hash';
import { applyProtectionEvent } from '@/lib/protection/events';
import { applyDmPreference } from '@/lib/dm-rules/preferences';
import type { AccountEvent } from './events-schema';
import { ensureAccount } from './store';
import { refreshRiskOfAccounts } from '@/lib/model/risk-refresh';

// Events that change a risk factor of the cases about the account (the target: minor, public figure).
const changesRisk = new Set<AccountEvent['type']>(['verified', 'minor_flag']);

export type EventResult = { eventId: string; replayed: boolean };

/**
 * Applies the platform's account events in order, each at most once (account_events remembers the
 * ids already applied). Nothing from an event is stored beyond what the account page shows: the
 * verified identity becomes its keyed hash and is not kept, logged or audited.
 */
export async function applyAccountEvents(tx: Tx, events: AccountEvent[], now: Date = new Date()): Promise<EventResult[]> {
  const results: EventResult[] = [];
  const rescore = new Set<string>();
  for (const event of events) {
    const [fresh] = await tx.insert(accountEvents).values({ eventId: event.eventId, accountId: event.accountId, type: event.type })
      .onConflictDoNothing().returning({ eventId: accountEvents.eventId });
    if (!fresh) {
      results.push({ eventId: event.eventId, replayed: true });
      continue;
    }
    await ensureAccount(tx, event.accountId);
    await applyOne(tx, event, new Date(event.at), now);
    results.push({ eventId: event.eventId, replayed: false });
    if (changesRisk.has(event.type)) rescore.add(event.accountId);
  }
  // Once for the batch: the cases of every account whose minor flag or verification changed.
  await refreshRiskOfAccounts(tx, [...rescore], now);
  return results;
}

async function applyOne(tx: Tx, event: AccountEvent, at: Date, now: Date) {
  const account = eq(accounts.id, event.accountId);
  const touch = { updatedAt: sql`now()` };
  switch (event.type) {
    case 'created':
    case 'renamed':
      await tx.update(accounts).set({ handle: event.handle, displayName: event.displayName, ...(event.type === 'created' ? { registeredAt: at } : {}), ...touch }).where(account);
      await tx.insert(accountNames).values({ accountId: event.accountId, handle: event.handle, displayName: event.displayName, changedAt: at });
      // A rename borrowing a hot incident's party names is flagged for identity verification (IV.2).
      if (event.type === 'renamed') await flagRenameIfHot(tx, { accountId: event.accountId, handle: event.handle, displayName: event.displayName, at });
      return;
    case 'verified':
      await tx.update(accounts).set({ verification: 'verified', identityHash: identityHash(event.identity), ...touch }).where(account);
      return;
    case 'minor_flag':
      await tx.update(accounts).set({ isMinor: event.isMinor, ...touch }).where(account);
      return;
    case 'joined_agency': {
      const [agency] = await tx.insert(agencies).values({ externalId: event.agency.externalId, name: event.agency.name })
        .onConflictDoUpdate({ target: agencies.externalId, set: event.agency.name ? { name: event.agency.name } : { externalId: sql`excluded.external_id` } })
        .returning({ id: agencies.id });
      // One agency at a time: joining another ends the current membership.
      await tx.update(agencyMemberships).set({ leftAt: at })
        .where(and(eq(agencyMemberships.accountId, event.accountId), isNull(agencyMemberships.leftAt), ne(agencyMemberships.agencyId, agency.id)));
      await tx.insert(agencyMemberships).values({ agencyId: agency.id, accountId: event.accountId, joinedAt: at }).onConflictDoNothing();
      await tx.update(accounts).set({ agencyId: agency.id, ...touch }).where(account);
      return;
    }
    case 'left_agency': {
      const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.externalId, event.agency.externalId));
      if (!agency) return;
      await tx.update(agencyMemberships).set({ leftAt: at })
        .where(and(eq(agencyMemberships.accountId, event.accountId), eq(agencyMemberships.agencyId, agency.id), isNull(agencyMemberships.leftAt)));
      await tx.update(accounts).set({ agencyId: null, ...touch }).where(and(account, eq(accounts.agencyId, agency.id)));
      return;
    }
    case 'protection_set':
    case 'protection_cleared':
      await applyProtectionEvent(tx, event, at, now);
      return;
    case 'dm_preference':
      await applyDmPreference(tx, event.accountId, event.preference, at);
      return;
  }
}
