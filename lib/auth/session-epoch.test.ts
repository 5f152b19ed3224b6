import { describe, expect, it } from 'vitest';
import { isSessionCurrent } from './session-epoch';

describe('session epoch', () => {
  const signedOutAt = new Date('2026-11-25T10:00:00Z');

  it('keeps sessions of members who never signed out', () => {
    expect(isSessionCurrent({ signedOutAt: null }, null)).toBe(true);
  });

  it('ends sessions that began before the sign-out, and those without a start time', () => {
    expect(isSessionCurrent({ signedOutAt }, signedOutAt.getTime() - 1)).toBe(false);
    expect(isSessionCurrent({ signedOutAt }, null)).toBe(false);
  });

  it('keeps a session begun after the sign-out', () => {
    expect(isSessionCurrent({ signedOutAt }, signedOutAt.getTime() + 1)).toBe(true);
  });
});
