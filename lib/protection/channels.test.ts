import { describe, expect, it } from 'vitest';
import { channelsInput, enforcement, isInForce } from './channels';

describe('channelsInput', () => {
  it('"all" is every channel; a list is de-duplicated in the canonical order', () => {
    expect(channelsInput.parse('all')).toEqual(['stranger_dm', 'comment', 'forward', 'mention']);
    expect(channelsInput.parse(['mention', 'stranger_dm', 'mention'])).toEqual(['stranger_dm', 'mention']);
  });
  it('refuses an empty list and unknown channels', () => {
    expect(channelsInput.safeParse([]).success).toBe(false);
    expect(channelsInput.safeParse(['likes']).success).toBe(false);
    expect(channelsInput.safeParse('some').success).toBe(false);
  });
});

describe('enforcement', () => {
  const now = new Date('2026-05-01T10:00:00Z');
  const p = { status: 'active' as const, until: new Date('2026-05-02T10:00:00Z'), channels: ['comment', 'stranger_dm'], source: 'staff' as const, setAt: new Date('2026-05-01T09:00:00Z') };
  it('answers the closed channels, the end and who set it while in force', () => {
    expect(enforcement(p, now)).toEqual({ protected: true, closed: ['stranger_dm', 'comment'], until: '2026-05-02T10:00:00.000Z', setBy: 'staff', since: '2026-05-01T09:00:00.000Z' });
  });
  it('is over at its time even before the timed job ends it, and when ended', () => {
    expect(isInForce(p, new Date('2026-05-02T10:00:00Z'))).toBe(false);
    expect(enforcement({ ...p, status: 'ended' }, now).protected).toBe(false);
    expect(enforcement(null, now)).toMatchObject({ protected: false, closed: [] });
  });
  it('an open-ended setting lasts until switched off', () => {
    expect(isInForce({ ...p, until: null }, new Date('2099-01-01T00:00:00Z'))).toBe(true);
  });
});
