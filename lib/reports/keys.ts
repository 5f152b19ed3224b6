import type { DecisionAction, DismissalReason } from '@/db/schema';

/** What a key handler needs from a KeyboardEvent: plain data, so the map is testable without a DOM. */
export type KeyInput = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The event's target: an element, or a stand-in with the same fields in tests. */
  target?: unknown;
};
type TargetLike = { tagName?: string; isContentEditable?: boolean; type?: string };
const asTarget = (t: unknown): TargetLike | null => (t && typeof t === 'object' ? (t as TargetLike) : null);

const typedInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'time', 'month', 'week']);

/** Keys typed into a field belong to the field, never to the page's shortcuts. */
export function isTypingTarget(value: unknown): boolean {
  const target = asTarget(value);
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && typedInputTypes.has((target.type ?? 'text').toLowerCase());
}

// Enter on a focused link or button already activates it; handling it again would act twice.
const activatesOnEnter = (target: unknown) => ['A', 'BUTTON', 'SUMMARY'].includes(asTarget(target)?.tagName?.toUpperCase() ?? '');

/** Shortcuts are plain keys (Shift only for "?"): anything with Ctrl, Cmd or Alt stays the browser's. */
function plainKey(e: KeyInput): string | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  if (e.key === 'Enter' && activatesOnEnter(e.target)) return null;
  return e.key;
}

export type QueueCommand = 'next' | 'previous' | 'open' | 'claim' | 'help' | 'toggle' | 'range';

// x ticks the focused case for a bulk action; shift-x (X) ticks every case from the last one ticked.
const queueMap: Record<string, QueueCommand> = { j: 'next', k: 'previous', Enter: 'open', o: 'open', c: 'claim', '?': 'help', x: 'toggle', X: 'range' };

export function queueCommand(e: KeyInput): QueueCommand | null {
  const key = plainKey(e);
  return key ? queueMap[key] ?? null : null;
}

export type CaseCommand =
  | { type: 'choose'; action: DecisionAction }
  | { type: 'reason'; reason: DismissalReason }
  | { type: 'confirm' }
  | { type: 'cancel' }
  | { type: 'help' };

export const decisionKeys: Record<DecisionAction, string> = { not_violation: 'n', fold: 'f', remove: 'r', warn: 'w', escalate: 'e' };
export const reasonKeys: Record<DismissalReason, string> = { legitimate_criticism: '1', insufficient_evidence: '2', duplicate: '3' };

const byKey = <T extends string>(map: Record<T, string>) => Object.fromEntries(Object.entries(map).map(([v, k]) => [k, v])) as Record<string, T>;
const actionByKey = byKey(decisionKeys);
const reasonByKey = byKey(reasonKeys);

export function caseCommand(e: KeyInput): CaseCommand | null {
  // Escape leaves a field too: it is how the moderator gets back to the shortcuts.
  if (e.key === 'Escape' && !e.ctrlKey && !e.metaKey && !e.altKey) return { type: 'cancel' };
  const key = plainKey(e);
  if (!key) return null;
  if (actionByKey[key]) return { type: 'choose', action: actionByKey[key] };
  if (reasonByKey[key]) return { type: 'reason', reason: reasonByKey[key] };
  if (key === 'Enter') return { type: 'confirm' };
  if (key === '?') return { type: 'help' };
  return null;
}

/** Moves a selection through `count` rows without wrapping; -1 means nothing selected yet. */
export function moveSelection(current: number, count: number, command: 'next' | 'previous'): number {
  if (count === 0) return -1;
  if (current < 0) return command === 'next' ? 0 : count - 1;
  return Math.min(Math.max(current + (command === 'next' ? 1 : -1), 0), count - 1);
}
