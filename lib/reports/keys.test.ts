import { describe, expect, it } from 'vitest';
import { caseCommand, isTypingTarget, moveSelection, queueCommand } from './keys';

const body = { tagName: 'BODY' };

describe('queue keys', () => {
  it('maps j/k, Enter/o, c and ?, nothing else', () => {
    expect(['j', 'k', 'Enter', 'o', 'c', '?'].map((key) => queueCommand({ key, target: body }))).toEqual(['next', 'previous', 'open', 'open', 'claim', 'help']);
    expect(queueCommand({ key: 'z', target: body })).toBeNull();
  });

  it('maps x to ticking the focused case and shift-x to ticking a range, but not inside a field', () => {
    expect(queueCommand({ key: 'x', target: body })).toBe('toggle');
    expect(queueCommand({ key: 'X', target: body })).toBe('range');
    expect(queueCommand({ key: 'x', target: { tagName: 'INPUT', type: 'search' } })).toBeNull();
    expect(queueCommand({ key: 'x', target: { tagName: 'INPUT', type: 'checkbox' } })).toBe('toggle');
  });

  it('leaves keys with Ctrl, Cmd or Alt to the browser', () => {
    expect(queueCommand({ key: 'c', ctrlKey: true, target: body })).toBeNull();
    expect(queueCommand({ key: 'k', metaKey: true, target: body })).toBeNull();
    expect(queueCommand({ key: 'j', altKey: true, target: body })).toBeNull();
  });

  it('ignores keys typed into fields, and Enter on a focused link or button', () => {
    expect(queueCommand({ key: 'j', target: { tagName: 'INPUT', type: 'text' } })).toBeNull();
    expect(queueCommand({ key: 'c', target: { tagName: 'SELECT' } })).toBeNull();
    expect(queueCommand({ key: 'c', target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
    expect(queueCommand({ key: 'Enter', target: { tagName: 'A' } })).toBeNull();
    expect(queueCommand({ key: 'j', target: { tagName: 'INPUT', type: 'checkbox' } })).toBe('next');
  });
});

describe('case keys', () => {
  it('chooses a decision, a reason, confirms, cancels and opens help', () => {
    expect(['n', 'f', 'r', 'w', 'e'].map((key) => caseCommand({ key, target: body }))).toEqual(
      ['not_violation', 'fold', 'remove', 'warn', 'escalate'].map((action) => ({ type: 'choose', action })),
    );
    expect(caseCommand({ key: '2', target: body })).toEqual({ type: 'reason', reason: 'insufficient_evidence' });
    expect(caseCommand({ key: 'Enter', target: body })).toEqual({ type: 'confirm' });
    expect(caseCommand({ key: '?', target: body })).toEqual({ type: 'help' });
    expect(caseCommand({ key: 'z', target: body })).toBeNull();
  });

  it('ignores decision keys while typing a note, but Escape still leaves the field', () => {
    expect(caseCommand({ key: 'r', target: { tagName: 'TEXTAREA' } })).toBeNull();
    expect(caseCommand({ key: 'Enter', target: { tagName: 'TEXTAREA' } })).toBeNull();
    expect(caseCommand({ key: 'Escape', target: { tagName: 'TEXTAREA' } })).toEqual({ type: 'cancel' });
    expect(caseCommand({ key: 'Enter', target: { tagName: 'BUTTON' } })).toBeNull();
  });

  it('knows which targets are fields', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
  });
});

describe('moving the selection', () => {
  it('starts at either end and stops at the edges', () => {
    expect(moveSelection(-1, 5, 'next')).toBe(0);
    expect(moveSelection(-1, 5, 'previous')).toBe(4);
    expect(moveSelection(4, 5, 'next')).toBe(4);
    expect(moveSelection(0, 5, 'previous')).toBe(0);
    expect(moveSelection(2, 5, 'next')).toBe(3);
    expect(moveSelection(3, 0, 'next')).toBe(-1);
  });
});
