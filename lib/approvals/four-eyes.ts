import { DomainError } from '@/lib/actions/result';

/**
 * The four-eyes rule for closures, registration bans, referrals, agency actions, section closures
 * and host bans: the person deciding a proposal must not be the person who made it. Every approve
 * and reject action calls this inside its transaction, after loading the proposal.
 */
export function isSecondPerson(proposerId: string | null, deciderId: string): boolean {
  return proposerId !== null && proposerId !== deciderId;
}

export function assertSecondPerson(proposerId: string | null, deciderId: string): void {
  if (!isSecondPerson(proposerId, deciderId)) {
    throw new DomainError('forbidden', 'You proposed this. Another supervisor must approve or reject it.');
  }
}

/** Approvals and rejections both need a reason the proposer and the audit log can read. */
export function assertDecisionReason(reason: string): void {
  if (reason.trim().length < 3) {
    throw new DomainError('invalid_input', 'Invalid input: reason: give a reason of at least 3 characters.', { reason: ['Give a reason of at least 3 characters.'] });
  }
}
