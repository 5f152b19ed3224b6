import type { DisclosureStatus } from '@/db/schema';

export type DisclosureEvent = 'edit' | 'submit' | 'approve' | 'send_back' | 'publish';

export type Refusal = 'wrong_status' | 'own_disclosure' | 'not_author';
export type Transition = { ok: true; to: DisclosureStatus } | { ok: false; reason: Refusal };

const moves: Record<DisclosureEvent, { from: readonly DisclosureStatus[]; to: DisclosureStatus }> = {
  edit: { from: ['draft', 'sent_back'], to: 'draft' },
  submit: { from: ['draft', 'sent_back'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'approved' },
  send_back: { from: ['in_review'], to: 'sent_back' },
  publish: { from: ['approved'], to: 'published' },
};

// Review and publication are the second pair of eyes: never the author's own.
const reviewerOnly: readonly DisclosureEvent[] = ['approve', 'send_back', 'publish'];
const authorOnly: readonly DisclosureEvent[] = ['edit', 'submit'];

/**
 * The disclosure workflow: draft → in review → approved (or sent back with comments, edited and
 * submitted again) → published. Published is final; a correction is a new version.
 */
export function transition(from: DisclosureStatus, event: DisclosureEvent, by: { isAuthor: boolean }): Transition {
  const move = moves[event];
  if (!move.from.includes(from)) return { ok: false, reason: 'wrong_status' };
  if (reviewerOnly.includes(event) && by.isAuthor) return { ok: false, reason: 'own_disclosure' };
  if (authorOnly.includes(event) && !by.isAuthor) return { ok: false, reason: 'not_author' };
  return { ok: true, to: move.to };
}

/** A new version may start only from a published one, and only when no other version is open. */
export function canStartCorrection(versions: readonly { status: DisclosureStatus }[]): boolean {
  return versions.length > 0 && versions.every((v) => v.status === 'published');
}
