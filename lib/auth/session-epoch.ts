import type { Staff } from '@/db/schema';

/**
 * A session is current unless its member signed out after it began. The start time travels in the
 * session token and survives the cookie's refreshes, so a refreshed copy of an old session (a late
 * answer re-setting the cookie after sign-out) is still recognised as over.
 */
export function isSessionCurrent(member: Pick<Staff, 'signedOutAt'>, signedInAt: number | null): boolean {
  if (!member.signedOutAt) return true;
  return (signedInAt ?? 0) > member.signedOutAt.getTime();
}
