import { randomBytes, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { staff, type Staff } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { writeAudit } from '@/lib/audit/write';
import { countInWindow, readWindow } from '@/lib/rate-limit/window';

/** Failed sign-ins allowed per window for one staff account, and from one client address. */
export const ACCOUNT_FAILURES = 5;
export const CLIENT_FAILURES = 30;
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** Failed sign-ins written to the audit log per minute, all accounts and clients together. */
const AUDITED_FAILURES_PER_MINUTE = 60;
export const MAX_EMAIL_LENGTH = 254;

export type SignInOutcome = { ok: true; member: Staff } | { ok: false; reason: 'invalid' | 'throttled' };

// Unknown emails are checked against this hash, so that they take as long as known ones.
let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomBytes(16).toString('hex')));

const accountKey = (id: string) => `sign-in:account:${id}`;
const clientKey = (client: string) => `sign-in:client:${client.slice(0, 100)}`;

/**
 * Checks a staff login. Guessing is slowed per account and per client address (a fixed number of
 * failures per 15-minute window, then every attempt is refused without checking the password), an
 * unknown email costs the same bcrypt comparison as a known one, and the audit log gets the first
 * failure and the lock of each account or client, at most 60 failure rows a minute in all, not one
 * undeletable row per attempt.
 */
export async function checkStaffSignIn(email: string, password: string, client = 'unknown', now = new Date()): Promise<SignInOutcome> {
  const db = await getDb();
  const address = email.slice(0, MAX_EMAIL_LENGTH);
  return db.transaction(async (tx) => {
    // Locked: parallel guesses at one account queue here, so none slips past its failure count.
    const [member] = await tx.select().from(staff).where(eq(staff.email, address)).for('update');
    const [accountFailures, clientFailures] = await Promise.all([
      member ? readWindow(tx, accountKey(member.id), FAILURE_WINDOW_MS, now) : 0,
      readWindow(tx, clientKey(client), FAILURE_WINDOW_MS, now),
    ]);
    if (accountFailures >= ACCOUNT_FAILURES || clientFailures >= CLIENT_FAILURES) return { ok: false, reason: 'throttled' } as const;

    const matches = await verifyPassword(password, member?.passwordHash ?? (await dummyHash()));
    if (member && member.active && matches) {
      await tx.execute(sql`delete from rate_limit_windows where key = ${accountKey(member.id)}`);
      await writeAudit(tx, { type: 'staff', id: member.id, label: member.email }, randomUUID(), [
        { action: 'staff.sign_in', targetType: 'staff', targetId: member.id, after: { email: address } },
      ]);
      return { ok: true, member } as const;
    }
    const forAccount = member ? await countInWindow(tx, accountKey(member.id), FAILURE_WINDOW_MS, now) : 0;
    const fromClient = await countInWindow(tx, clientKey(client), FAILURE_WINDOW_MS, now);
    const noteworthy = forAccount === 1 || forAccount === ACCOUNT_FAILURES || fromClient === 1 || fromClient === CLIENT_FAILURES;
    if (noteworthy) await auditFailure(tx, now, member ?? null, address, { forAccount, fromClient });
    return { ok: false, reason: 'invalid' } as const;
  });
}

async function auditFailure(tx: Executor, now: Date, member: Staff | null, email: string, counts: { forAccount: number; fromClient: number }) {
  const written = await countInWindow(tx, 'sign-in:audited', 60_000, now);
  if (written > AUDITED_FAILURES_PER_MINUTE + 1) return;
  const actor = { type: 'system', id: null, label: 'sign-in' } as const;
  if (written === AUDITED_FAILURES_PER_MINUTE + 1) {
    await writeAudit(tx, actor, randomUUID(), [{ action: 'staff.sign_in_failures_suppressed', after: { perMinute: AUDITED_FAILURES_PER_MINUTE } }]);
    return;
  }
  await writeAudit(tx, actor, randomUUID(), [{
    action: 'staff.sign_in_failed', targetType: 'staff', targetId: member?.id ?? null,
    after: {
      email, failuresForAccount: counts.forAccount, failuresFromClient: counts.fromClient,
      locked: counts.forAccount >= ACCOUNT_FAILURES || counts.fromClient >= CLIENT_FAILURES,
    },
  }]);
}

/** Checks a staff login (see checkStaffSignIn): the member, or null. */
export async function verifyStaffCredentials(email: string, password: string, client?: string) {
  const outcome = await checkStaffSignIn(email, password, client);
  return outcome.ok ? outcome.member : null;
}
