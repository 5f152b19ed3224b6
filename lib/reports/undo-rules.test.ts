import { describe, expect, it } from 'vitest';
import { mayReverse, mayUndo, reverseInput, undoSecondsLeft, UNDO_WINDOW_MS } from './undo-rules';

const at = new Date('2026-12-05T08:00:00Z');
const decision = (over: Partial<Parameters<typeof mayUndo>[0]> = {}) => ({
  decidedBy: 'me', decidedAt: at, action: 'remove', undoneAt: null, latest: true, ...over,
});

describe('undoing a decision', () => {
  it('counts down the window in whole seconds and stops at zero', () => {
    expect(undoSecondsLeft(at, at)).toBe(300);
    expect(undoSecondsLeft(at, new Date(at.getTime() + 299_500))).toBe(1);
    expect(undoSecondsLeft(at, new Date(at.getTime() + UNDO_WINDOW_MS))).toBe(0);
    expect(undoSecondsLeft(at, new Date(at.getTime() + 3_600_000))).toBe(0);
  });

  it('is the decider\'s, within the window, on the latest decision not yet undone', () => {
    const soon = new Date(at.getTime() + 60_000);
    expect(mayUndo(decision(), 'me', soon)).toBe(true);
    expect(mayUndo(decision(), 'someone else', soon)).toBe(false);
    expect(mayUndo(decision(), 'me', new Date(at.getTime() + UNDO_WINDOW_MS + 1))).toBe(false);
    expect(mayUndo(decision({ latest: false }), 'me', soon)).toBe(false);
    expect(mayUndo(decision({ undoneAt: soon }), 'me', soon)).toBe(false);
    expect(mayUndo(decision({ action: 'escalate' }), 'me', soon)).toBe(true);
  });
});

describe('reversing a decision', () => {
  it('is a supervisor\'s, on the latest final decision, at any time', () => {
    expect(mayReverse(decision(), true)).toBe(true);
    expect(mayReverse(decision(), false)).toBe(false);
    expect(mayReverse(decision({ action: 'escalate' }), true)).toBe(false);
    expect(mayReverse(decision({ latest: false }), true)).toBe(false);
    expect(mayReverse(decision({ undoneAt: at }), true)).toBe(false);
  });

  it('needs a reason, named by its field', () => {
    const parsed = reverseInput.safeParse({ decisionId: '00000000-0000-4000-8000-000000000000', reason: '   ' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(['reason']);
  });
});
