import type { DmPreference } from '@/db/schema/dm-rules';

/**
 * Private-message rules (notice II.2), the pure part: which rule decides before anything is counted,
 * and which limits a stranger message is counted against. Shared by the dm-checks API and its tests.
 */
export type DmLimits = {
  senderLimit: number; senderWindowMinutes: number;
  recipientLimit: number; recipientWindowMinutes: number;
  newAccountDays: number; newSenderLimit: number; minorRecipientLimit: number;
};

export type DmRule =
  | 'recipient_preference' | 'recipient_protection' | 'text_precheck'
  | 'sender_window' | 'recipient_window' | 'new_account' | 'minor_recipient'
  | 'within_limits' | 'not_a_stranger';

export type Decision = 'allow' | 'limit' | 'deny';

export type Parties = {
  /** true when the recipient follows the sender: then the sender is no stranger to them. */
  follows: boolean;
  preference: DmPreference;
  /** The recipient's protection closes stranger private messages now. */
  protectionClosesDms: boolean;
};

/** The rule that refuses the message outright, or null when it goes on to be counted. */
export function refusalBeforeCounting(p: Parties): DmRule | null {
  if (p.preference === 'nobody') return 'recipient_preference';
  if (p.follows) return null;
  if (p.preference === 'following') return 'recipient_preference';
  if (p.protectionClosesDms) return 'recipient_protection';
  return null;
}

const DAY = 86_400_000;

/** New by account age: registered (or first seen) fewer than `newAccountDays` days before `at`. */
export function isNewAccount(since: Date | null, at: Date, newAccountDays: number): boolean {
  return since !== null && at.getTime() - since.getTime() < newAccountDays * DAY;
}

export type Counted = { scope: 'sender' | 'recipient'; limit: number; windowMinutes: number; rule: DmRule };

/**
 * The two windows a stranger message counts against: the recipient's first (it is the one a pile-on
 * fills), then the sender's. The stricter limit for minors and new accounts applies when it is lower.
 */
export function countedLimits(l: DmLimits, who: { senderIsNew: boolean; recipientIsMinor: boolean }): [Counted, Counted] {
  const minor = who.recipientIsMinor && l.minorRecipientLimit < l.recipientLimit;
  const fresh = who.senderIsNew && l.newSenderLimit < l.senderLimit;
  return [
    { scope: 'recipient', limit: minor ? l.minorRecipientLimit : l.recipientLimit, windowMinutes: l.recipientWindowMinutes, rule: minor ? 'minor_recipient' : 'recipient_window' },
    { scope: 'sender', limit: fresh ? l.newSenderLimit : l.senderLimit, windowMinutes: l.senderWindowMinutes, rule: fresh ? 'new_account' : 'sender_window' },
  ];
}

/** Fixed windows aligned to the epoch: every request in one window shares one counter row. */
export function windowOf(at: Date, minutes: number): { start: Date; end: Date } {
  const size = minutes * 60_000;
  const start = Math.floor(at.getTime() / size) * size;
  return { start: new Date(start), end: new Date(start + size) };
}
