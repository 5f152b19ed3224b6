import type { Staff } from '@/db/schema';

/** Hours after sign-in at which a session ends, however active. */
export const SESSION_ABSOLUTE_HOURS = 12;

/** Has the session that began at `signedInAt` outlived its absolute lifetime? A token without a start has. */
export function sessionExpired(signedInAt: number | null, now: number): boolean {
  return signedInAt === null || now - signedInAt > SESSION_ABSOLUTE_HOURS * 3600_000;
}

/**
 * A session is current unless its member signed out after it began or it is older than its
 * absolute lifetime. The start time travels in the session token and survives the cookie's refreshes,
 * so a refreshed copy of an old session (a late answer re-setting the cookie after sign-out) is still
 * recognised as over.
 */
export function isSessionCurrent(member: Pick<Staff, 'signedOutAt'>, signedInAt: number | null, now = Date.now()): boolean {
  if (sessionExpired(signedInAt, now)) return false;
  if (!member.signedOutAt) return true;
  return (signedInAt ?? 0) > member.signedOutAt.getTime();
}
