import type { referralStatus } from '@/db/schema';

export type ReferralStatus = (typeof referralStatus.enumValues)[number];

/** prepared → sent (to a named authority, with its reference) → acknowledged; never backwards. */
const next: Record<ReferralStatus, ReferralStatus | null> = { prepared: 'sent', sent: 'acknowledged', acknowledged: null };

export type TransitionRefusal = { code: 'notSentYet' | 'alreadyThere' | 'wrongOrder'; message: string };

/** Why the referral cannot move to `to` (a code for the page, a sentence for the audit), or null. Pure. */
export function transitionBlocker(from: ReferralStatus, to: ReferralStatus): TransitionRefusal | null {
  if (next[from] === to) return null;
  if (from === to) return { code: 'alreadyThere', message: `This referral is already ${to}.` };
  if (from === 'prepared' && to === 'acknowledged') return { code: 'notSentYet', message: 'A referral can be acknowledged only after it has been sent.' };
  return { code: 'wrongOrder', message: `A referral that is ${from} cannot be marked ${to}.` };
}
