import { z } from 'zod';

/**
 * How long a moderator may undo their own decision. Five minutes: enough to notice a slip (the wrong
 * key, the wrong case) on the next screen, short enough that the platform has rarely acted on the
 * outcome for long. After it, a supervisor reverses the decision with a reason.
 */
export const UNDO_WINDOW_MINUTES = 5;
export const UNDO_WINDOW_MS = UNDO_WINDOW_MINUTES * 60_000;

export type CorrectableDecision = {
  decidedBy: string;
  decidedAt: Date;
  action: string;
  undoneAt: Date | null;
  /** It is the case's latest decision still in force: only that one can be taken back. */
  latest: boolean;
};

/** Whole seconds left to undo a decision (0 once the window has closed). */
export function undoSecondsLeft(decidedAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((decidedAt.getTime() + UNDO_WINDOW_MS - now.getTime()) / 1000));
}

/** The decider may undo their own latest decision while the window is open. */
export function mayUndo(d: CorrectableDecision, viewerId: string, now: Date): boolean {
  return d.latest && !d.undoneAt && d.decidedBy === viewerId && undoSecondsLeft(d.decidedAt, now) > 0;
}

/**
 * A supervisor may reverse the latest final decision at any time, with a reason. An escalation is not
 * reversed: the supervisor decides the escalated case instead.
 */
export function mayReverse(d: CorrectableDecision, viewerMayReverse: boolean): boolean {
  return viewerMayReverse && d.latest && !d.undoneAt && d.action !== 'escalate';
}

export const undoInput = z.object({ decisionId: z.uuid() });
export const reverseInput = z.object({
  decisionId: z.uuid(),
  reason: z.string().trim().min(1, 'Say why the decision is reversed.').max(2000),
});
