import { describe, expect, it } from 'vitest';
import { decide, defaultPrecheckSettings, settingsFrom, thresholdProblems, thresholdsFor } from './precheck-settings';

describe('pre-check decisions', () => {
  const t = { remind: 0.5, hold: 0.8, block: 0.97 };
  it('takes the highest threshold the score reaches', () => {
    expect(decide(0.1, t)).toBe('allow');
    expect(decide(0.5, t)).toBe('remind');
    expect(decide(0.85, t)).toBe('hold');
    expect(decide(0.97, t)).toBe('block');
    expect(decide(1, t)).toBe('block');
  });

  it('applies per-category then per-kind overrides over the defaults', () => {
    const s = { ...defaultPrecheckSettings, thresholds: { default: t, byCategory: { threat: { hold: 0.6 } }, byKind: { dm: { remind: 0.3 }, bullet: { hold: 1.01 } } } };
    expect(thresholdsFor(s, 'post', 'insult')).toEqual(t);
    expect(thresholdsFor(s, 'post', 'threat')).toEqual({ ...t, hold: 0.6 });
    expect(thresholdsFor(s, 'dm', 'threat')).toEqual({ remind: 0.3, hold: 0.6, block: 0.97 });
    expect(decide(0.9, thresholdsFor(s, 'bullet', null))).toBe('remind');
    expect(decide(0.99, thresholdsFor(s, 'bullet', null))).toBe('block');
  });

  it('falls back to the defaults for malformed stored settings', () => {
    expect(settingsFrom({ thresholds: 'x' })).toEqual(defaultPrecheckSettings);
    expect(settingsFrom(null)).toEqual(defaultPrecheckSettings);
  });

  it('names thresholds that do not rise', () => {
    expect(thresholdProblems({ remind: 0.9, hold: 0.5, block: 0.4 }, 'd')).toEqual({ 'd.hold': ['below_remind'], 'd.block': ['below_hold'] });
    expect(thresholdProblems(t, 'd')).toEqual({});
  });
});
