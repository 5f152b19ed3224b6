import { randomUUID } from 'node:crypto';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accountNames, accounts, identityFlags } from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { incidentTerms } from '@/lib/incidents/terms';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import { renameMatches } from './match';

export type RenameEvent = { accountId: string; handle: string; displayName: string; at: Date };

/**
 * Called by the accounts events handler on every `renamed` event, inside its transaction. When the
 * new name borrows a party's name in an incident that is not closed (notice IV.2), raises one flag
 * per incident for real-identity verification and tells the platform to ask the user to verify.
 * A rename that already has an open flag for that incident raises nothing new.
 */
export async function flagRenameIfHot(tx: Executor, e: RenameEvent): Promise<void> {
  const matches = renameMatches(e, await incidentTerms(tx));
  if (!matches.length) return;

  // The handler may have stored the new name already; the old one is the last name before this rename.
  await tx.insert(accounts).values({ id: e.accountId, handle: e.handle, displayName: e.displayName }).onConflictDoNothing();
  const [previous] = await tx.select({ handle: accountNames.handle, displayName: accountNames.displayName })
    .from(accountNames)
    .where(and(eq(accountNames.accountId, e.accountId), lt(accountNames.changedAt, e.at)))
    .orderBy(desc(accountNames.changedAt))
    .limit(1);
  const [current] = await tx.select({ handle: accounts.handle, displayName: accounts.displayName }).from(accounts).where(eq(accounts.id, e.accountId));
  const currentIsOld = current && (current.handle !== e.handle || current.displayName !== e.displayName);
  const old = previous ?? (currentIsOld ? current : { handle: '', displayName: '' });

  for (const m of matches) {
    const [open] = await tx.select({ id: identityFlags.id }).from(identityFlags)
      .where(and(eq(identityFlags.accountId, e.accountId), eq(identityFlags.incidentId, m.incidentId), eq(identityFlags.status, 'open')))
      .limit(1);
    if (open) continue;
    const [flag] = await tx.insert(identityFlags).values({
      accountId: e.accountId,
      oldHandle: old.handle,
      oldDisplayName: old.displayName,
      newHandle: e.handle,
      newDisplayName: e.displayName,
      incidentId: m.incidentId,
      matchedAccountId: m.party.accountId,
      matchedName: m.matchedName,
      matchedRole: m.party.role,
      renamedAt: e.at,
    }).returning();
    // The platform only learns that verification is needed, not which incident or person it concerns.
    await enqueueOutbox(tx, 'account.identity_verification_required', e.accountId, {
      accountId: e.accountId, flagId: flag.id, reason: 'renamed_like_incident_party', renamedAt: e.at.toISOString(),
    });
    await writeAudit(tx, { type: 'system', id: null, label: 'identity-checks' }, randomUUID(), [{
      action: 'identity_flag.raise', targetType: 'account', targetId: e.accountId,
      after: { flagId: flag.id, incidentId: m.incidentId, newHandle: e.handle, newDisplayName: e.displayName, matchedName: m.matchedName },
    }]);
  }
}
