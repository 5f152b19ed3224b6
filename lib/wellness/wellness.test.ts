import { describe, expect, it } from 'vitest';
import { effectivePreference, isSensitiveMedia, mediaTreatment } from './media';
import { advanceSession, breakDue, IDLE_RESET_MS, parseSession } from './work-session';

describe('media preference resolution', () => {
  it("uses the member's own choice, else the organisation default", () => {
    expect(effectivePreference('greyscale', 'blur_all')).toBe('greyscale');
    expect(effectivePreference(null, 'blur_sensitive')).toBe('blur_sensitive');
    expect(effectivePreference(undefined, 'blur_all')).toBe('blur_all');
    expect(effectivePreference('nonsense' as never, 'greyscale')).toBe('greyscale');
  });

  it('always blurs self-harm and violence, whatever the preference', () => {
    for (const pref of ['blur_all', 'blur_sensitive', 'greyscale'] as const) {
      expect(mediaTreatment(pref, true).blurred, pref).toBe(true);
    }
  });

  it('blurs the rest only under "blur all", and greys it under "greyscale"', () => {
    expect(mediaTreatment('blur_all', false)).toEqual({ blurred: true, greyscale: false });
    expect(mediaTreatment('blur_sensitive', false)).toEqual({ blurred: false, greyscale: false });
    expect(mediaTreatment('greyscale', false)).toEqual({ blurred: false, greyscale: true });
  });

  it('counts self-harm categories, threats and the platform\'s violence reasons as sensitive', () => {
    expect(isSensitiveMedia({ categoryId: 'self_harm' })).toBe(true);
    expect(isSensitiveMedia({ categoryId: 'insult', selfHarm: true })).toBe(true);
    expect(isSensitiveMedia({ categoryId: 'threat' })).toBe(true);
    expect(isSensitiveMedia({ reasons: ['insult', 'violence'] })).toBe(true);
    expect(isSensitiveMedia({ reasons: ['Self-Harm'] })).toBe(true);
    expect(isSensitiveMedia({ categoryId: 'insult', reasons: ['insult'] })).toBe(false);
    expect(isSensitiveMedia({ categoryId: null })).toBe(false);
  });
});

describe('the work session behind the break reminder', () => {
  const t0 = 1_000_000_000;
  it('starts at the first activity and is due after the configured minutes of continuous work', () => {
    let s = advanceSession(null, t0, true);
    for (let m = 5; m <= 50; m += 5) s = advanceSession(s, t0 + m * 60_000, true);
    expect(breakDue(s, t0 + 49 * 60_000, 50)).toBe(false);
    expect(breakDue(s, t0 + 50 * 60_000, 50)).toBe(true);
  });

  it('starts over after an idle gap (a break was taken)', () => {
    const s = advanceSession({ startedAt: t0, lastActiveAt: t0 + 30 * 60_000 }, t0 + 30 * 60_000 + IDLE_RESET_MS + 1, true);
    expect(s.startedAt).toBe(t0 + 30 * 60_000 + IDLE_RESET_MS + 1);
    expect(breakDue({ startedAt: t0, lastActiveAt: t0 }, t0 + 60 * 60_000, 50)).toBe(false);
  });

  it('does not move the last activity on a mere check, and ignores a start in the future or a garbled record', () => {
    const s = { startedAt: t0, lastActiveAt: t0 + 1000 };
    expect(advanceSession(s, t0 + 2000, false)).toBe(s);
    expect(advanceSession({ startedAt: t0 + 10_000, lastActiveAt: t0 }, t0 + 1, false)).toEqual({ startedAt: t0 + 1, lastActiveAt: t0 + 1 });
    expect(parseSession('{bad')).toBeNull();
    expect(parseSession('{"startedAt":"x","lastActiveAt":1}')).toBeNull();
    expect(parseSession('{"startedAt":1,"lastActiveAt":2}')).toEqual({ startedAt: 1, lastActiveAt: 2 });
  });
});
