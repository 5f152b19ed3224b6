import type { SanctionType } from '@/db/schema';

export const sanctionTypes = ['prepost_warning', 'warning', 'mute', 'dm_suspension', 'closure', 'registration_ban', 'referral'] as const satisfies readonly SanctionType[];
export const caseRoles = ['originator', 'frequent_publisher', 'inciter', 'participant'] as const;

/** The longest mute or DM suspension a moderator may apply on their own (notice IV.1: 7 days). */
export const DIRECT_MAX_HOURS = 7 * 24;
/** Strikes the ladder weighs: those that started within this many days. */
export const STRIKE_WINDOW_DAYS = 90;

// Types whose effect lasts for a time; the others are instantaneous (warnings) or open-ended.
export const timedTypes: readonly SanctionType[] = ['mute', 'dm_suspension', 'registration_ban'];
// These must always pass a second supervisor, whatever their length.
const fourEyesTypes: readonly SanctionType[] = ['closure', 'registration_ban', 'referral'];

/**
 * Whether a sanction is a proposal that waits for a second supervisor, or applied at once. The same
 * rule for every role: a supervisor's 30-day mute waits for another supervisor too.
 */
export function requiresApproval(type: SanctionType, durationHours: number | null | undefined): boolean {
  if (fourEyesTypes.includes(type)) return true;
  if (type === 'mute' || type === 'dm_suspension') return durationHours == null || durationHours > DIRECT_MAX_HOURS;
  return false;
}

export type SanctionStatusLike = { status: 'proposed' | 'rejected' | 'active' | 'ended' | 'reversed'; endsAt: Date | null };

/** An active sanction whose end has passed counts as ended, even before the expiry worker has run. */
export function effectiveStatus(s: SanctionStatusLike, now: Date): SanctionStatusLike['status'] {
  if (s.status === 'active' && s.endsAt && s.endsAt.getTime() <= now.getTime()) return 'ended';
  return s.status;
}

/** A strike: a sanction that took effect (active or ended) and was not reversed on appeal. */
export function isStrike(s: SanctionStatusLike, now: Date): boolean {
  const status = effectiveStatus(s, now);
  return status === 'active' || status === 'ended';
}

export type StrikeHistoryItem = SanctionStatusLike & { startsAt: Date | null };

/** Strikes that started within the window before `now` (all of them when windowDays is null). */
export function countStrikes(history: StrikeHistoryItem[], now: Date, windowDays: number | null = STRIKE_WINDOW_DAYS): number {
  const since = windowDays == null ? -Infinity : now.getTime() - windowDays * 86_400_000;
  return history.filter((s) => isStrike(s, now) && (s.startsAt?.getTime() ?? now.getTime()) >= since).length;
}

export function endsAtFor(startsAt: Date, durationHours: number | null | undefined): Date | null {
  return durationHours ? new Date(startsAt.getTime() + durationHours * 3_600_000) : null;
}
