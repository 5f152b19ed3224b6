import type { referralStatus } from '@/db/schema';

export type ReferralStatus = (typeof referralStatus.enumValues)[number];

/** prepared → sent (to a named authority, with its reference) → acknowledged; never backwards. */
const next: Record<ReferralStatus, ReferralStatus | null> = { prepared: 'sent', sent: 'acknowledged', acknowledged: null };

/** Why the referral cannot move to `to`, or null if it can. Pure. */
export function transitionBlocker(from: ReferralStatus, to: ReferralStatus): string | null {
  if (next[from] === to) return null;
  if (from === to) return `This referral is already ${to}.`;
  if (to === 'acknowledged') return 'A referral can be acknowledged only after it has been sent.';
  return `A referral that is ${from} cannot be marked ${to}.`;
}
