import { describe, expect, it } from 'vitest';
import { assertDecisionReason, assertSecondPerson, isSecondPerson } from './four-eyes';

describe('four eyes', () => {
  it('lets a different person decide', () => {
    expect(isSecondPerson('a', 'b')).toBe(true);
    expect(() => assertSecondPerson('a', 'b')).not.toThrow();
  });
  it('refuses the proposer, and a proposal with no known proposer', () => {
    expect(isSecondPerson('a', 'a')).toBe(false);
    expect(isSecondPerson(null, 'a')).toBe(false);
    expect(() => assertSecondPerson('a', 'a')).toThrow(/Another supervisor/);
  });
  it('needs a reason', () => {
    expect(() => assertDecisionReason('  ')).toThrow(/reason/);
    expect(() => assertDecisionReason('duplicate of an earlier ban')).not.toThrow();
  });
});
