import type { SanctionType } from '@/db/schema';
import { effectiveStatus, type SanctionStatusLike } from './rules';

export type InForce = SanctionStatusLike & { type: SanctionType; startsAt: Date | null };

/** What the platform must enforce for one account now (notice IV.1 (1)–(3)). */
export type Restrictions = {
  closed: boolean;
  /** Show the "speak reasonably" notice before the account posts. */
  prepostWarning: boolean;
  mutedUntil: string | null;
  privateMessagesSuspendedUntil: string | null;
  /** When the account was last warned (a warning sanction, e.g. from a case decided "warn"), for the platform to show. */
  lastWarnedAt: string | null;
};

const later = (a: string | null, b: Date | null): string | null => {
  if (!b) return a;
  const iso = b.toISOString();
  return a === null || iso > a ? iso : a;
};

/**
 * Folds an account's sanctions into what is in force at `now`: only active ones that have started
 * and not run out count. An open-ended mute (no end) is reported as muted with no end, "forever".
 */
export function restrictionsInForce(sanctions: InForce[], now: Date): Restrictions {
  const out: Restrictions = { closed: false, prepostWarning: false, mutedUntil: null, privateMessagesSuspendedUntil: null, lastWarnedAt: null };
  let mutedForever = false;
  let dmForever = false;
  for (const s of sanctions) {
    if (effectiveStatus(s, now) !== 'active' || (s.startsAt && s.startsAt.getTime() > now.getTime())) continue;
    if (s.type === 'closure') out.closed = true;
    if (s.type === 'prepost_warning') out.prepostWarning = true;
    if (s.type === 'warning') out.lastWarnedAt = later(out.lastWarnedAt, s.startsAt);
    if (s.type === 'mute') s.endsAt ? (out.mutedUntil = later(out.mutedUntil, s.endsAt)) : (mutedForever = true);
    if (s.type === 'dm_suspension') s.endsAt ? (out.privateMessagesSuspendedUntil = later(out.privateMessagesSuspendedUntil, s.endsAt)) : (dmForever = true);
  }
  if (mutedForever) out.mutedUntil = 'indefinite';
  if (dmForever) out.privateMessagesSuspendedUntil = 'indefinite';
  return out;
}
