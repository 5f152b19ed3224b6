import { describe, expect, it } from 'vitest';
import { isSessionCurrent, SESSION_ABSOLUTE_HOURS, sessionExpired } from './session-epoch';

describe('session epoch', () => {
  const signedOutAt = new Date('2026-11-25T10:00:00Z');
  const start = signedOutAt.getTime() + 1;
  const hour = 3600_000;

  it('keeps sessions of members who never signed out', () => {
    expect(isSessionCurrent({ signedOutAt: null }, start, start + hour)).toBe(true);
  });

  it('ends sessions that began before the sign-out, and those without a start time', () => {
    expect(isSessionCurrent({ signedOutAt }, signedOutAt.getTime() - 1, start)).toBe(false);
    expect(isSessionCurrent({ signedOutAt }, null, start)).toBe(false);
    expect(isSessionCurrent({ signedOutAt: null }, null, start)).toBe(false);
  });

  it('keeps a session begun after the sign-out', () => {
    expect(isSessionCurrent({ signedOutAt }, start, start + hour)).toBe(true);
  });

  it(`ends every session ${SESSION_ABSOLUTE_HOURS} hours after sign-in, however active`, () => {
    const end = start + SESSION_ABSOLUTE_HOURS * hour;
    expect(sessionExpired(start, end)).toBe(false);
    expect(sessionExpired(start, end + 1)).toBe(true);
    expect(isSessionCurrent({ signedOutAt: null }, start, end + 1)).toBe(false);
  });
});
