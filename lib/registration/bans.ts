import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '@/db/client';
import { accounts, registrationBans, type Account, type Sanction } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { enqueueOutbox } from '@/lib/outbox/enqueue';

/**
 * Registration bans (notice IV.1(3)): an account's verified identity may not register again, until
 * the sanction's end or for good. Only the identity's keyed hash is kept (lib/registration/identity-hash.ts).
 */

/** Why a registration ban cannot be placed on this account, or null if it can. Pure. */
export function registrationBanBlocker(account: Pick<Account, 'verification' | 'identityHash'> | null | undefined): string | null {
  if (!account) return 'The account is not known to the console.';
  if (account.verification !== 'verified' || !account.identityHash) {
    return 'A registration ban needs the account\'s verified identity, and this account has none: the platform has not reported its identity as verified.';
  }
  return null;
}

/**
 * For the sanctions workflow to call when a registration ban is proposed (and again on approval,
 * which this module's effect does itself): throws a 'conflict' DomainError with the reason, else
 * returns the identity hash the ban will record.
 */
export async function assertRegistrationBanPossible(db: Executor, accountId: string): Promise<string> {
  const [account] = await db.select({ verification: accounts.verification, identityHash: accounts.identityHash }).from(accounts).where(eq(accounts.id, accountId));
  const blocker = registrationBanBlocker(account);
  if (blocker) throw new DomainError('conflict', blocker);
  return account.identityHash!;
}

/** Effect of an approved registration_ban sanction: the ban row, and a message for the platform. */
export async function placeRegistrationBan(tx: Tx, sanction: Sanction): Promise<void> {
  const hash = await assertRegistrationBanPossible(tx, sanction.accountId);
  const [ban] = await tx.insert(registrationBans)
    .values({ identityHash: hash, sanctionId: sanction.id, until: sanction.endsAt ?? null })
    .returning({ id: registrationBans.id, until: registrationBans.until });
  // The platform already knows the account's identity; the hash, useless without our secret, stays here.
  await enqueueOutbox(tx, 'registration_ban.added', sanction.accountId, {
    banId: ban.id, sanctionId: sanction.id, accountId: sanction.accountId, until: ban.until?.toISOString() ?? null,
  });
}

/** Effect of an overturned registration_ban sanction: its ban is lifted (kept, with the time). */
export async function liftRegistrationBan(tx: Tx, sanction: Sanction): Promise<void> {
  const lifted = await tx.update(registrationBans).set({ liftedAt: sql`now()` })
    .where(and(eq(registrationBans.sanctionId, sanction.id), isNull(registrationBans.liftedAt)))
    .returning({ id: registrationBans.id });
  for (const ban of lifted) {
    await enqueueOutbox(tx, 'registration_ban.lifted', sanction.accountId, { banId: ban.id, sanctionId: sanction.id, accountId: sanction.accountId });
  }
}

export type RegistrationCheck = { allowed: true } | { allowed: false; until: string | null };

/**
 * Whether each identity hash may register now, in order: refused while any unlifted ban on it has not
 * run out; the answer gives the latest end among them (null when any is permanent) and nothing else.
 */
export async function checkIdentityHashes(db: Executor, hashes: string[], now: Date): Promise<RegistrationCheck[]> {
  const bans = hashes.length === 0 ? [] : await db.select({ hash: registrationBans.identityHash, until: registrationBans.until }).from(registrationBans)
    .where(and(inArray(registrationBans.identityHash, [...new Set(hashes)]), isNull(registrationBans.liftedAt), or(isNull(registrationBans.until), gt(registrationBans.until, now))));
  return hashes.map((hash) => {
    const mine = bans.filter((b) => b.hash === hash);
    if (mine.length === 0) return { allowed: true };
    if (mine.some((b) => b.until === null)) return { allowed: false, until: null };
    return { allowed: false, until: new Date(Math.max(...mine.map((b) => b.until!.getTime()))).toISOString() };
  });
}

export async function checkIdentityHash(db: Executor, hash: string, now: Date): Promise<RegistrationCheck> {
  return (await checkIdentityHashes(db, [hash], now))[0];
}
