import { describe, expect, it } from 'vitest';
import { advance, baselineOf, defaultDetectorSettings as p, freshState, nbLogLikelihoodRatio, startState, stepMinute } from './detector';
import { mergeRanges } from './note';
import { checkSignal } from './input';
import { toBuckets } from './buckets';

const steady = (minutes: number, rate: number, from = 0) => new Map(Array.from({ length: minutes }, (_, i) => [from + i, rate] as [number, number]));

describe('the negative-binomial log-likelihood ratio', () => {
  it('favours the surge for counts well above the baseline and the baseline for counts near it', () => {
    expect(nbLogLikelihoodRatio(0, 2, 6, 3)).toBeLessThan(0);
    expect(nbLogLikelihoodRatio(2, 2, 6, 3)).toBeLessThan(0);
    expect(nbLogLikelihoodRatio(12, 2, 6, 3)).toBeGreaterThan(0);
  });
  it('approaches the Poisson ratio as dispersion grows', () => {
    const poisson = 10 * Math.log(3) - (6 - 2);
    expect(nbLogLikelihoodRatio(10, 2, 6, 1e9)).toBeCloseTo(poisson, 5);
  });
});

describe('the EWMA baseline', () => {
  it('is a running mean while the key is young and never below its floor', () => {
    const s = freshState();
    expect(baselineOf(s, p)).toBe(p.youngFloorRate);
    advance(s, 0, 9, steady(10, 10), p);
    expect(s.mean).toBeCloseTo(10, 6);
    const quiet = freshState();
    advance(quiet, 0, 199, new Map(), p);
    expect(baselineOf(quiet, p)).toBe(p.floorRate);
  });
  it('moves half way to a new steady level after one half-life', () => {
    const s = freshState();
    advance(s, 0, 999, steady(1000, 4), p);
    advance(s, 1000, 1000 + p.halfLifeMinutes - 1, steady(p.halfLifeMinutes, 2, 1000), p);
    expect(s.mean).toBeCloseTo(3, 1);
  });
});

describe('the CUSUM and its alarm', () => {
  it('raises one alarm for a 10× surge on a steady key, within a few minutes, dated from the surge', () => {
    const s = freshState();
    const counts = steady(300, 3);
    for (let m = 300; m < 330; m++) counts.set(m, 30);
    const alarms = advance(s, 0, 329, counts, p);
    expect(alarms).toHaveLength(1);
    expect(alarms[0].beganMinute).toBe(300);
    expect(alarms[0].detectedMinute).toBeLessThan(305);
    expect(alarms[0].baseline).toBeCloseTo(3, 1);
    expect(alarms[0].peakRate).toBe(30);
  });
  it('does not alarm a steady key', () => {
    expect(advance(freshState(), 0, 2999, steady(3000, 5), p)).toEqual([]);
  });
  it('does not alarm a quiet key going from 0 to 2 (minimum rate and events), however unlikely 2 was', () => {
    const s = freshState();
    const counts = new Map([[500, 2], [501, 2]]);
    expect(advance(s, 0, 600, counts, p)).toEqual([]);
    // …but would with the minimums off: the CUSUM alone finds it.
    expect(advance(freshState(), 0, 600, counts, { ...p, minRate: 0, minEvents: 1, threshold: 3 })).toHaveLength(1);
  });
  it('does not alarm a busy key whose rate rises less than the minimum lift', () => {
    const counts = steady(300, 20);
    for (let m = 300; m < 360; m++) counts.set(m, 40);
    expect(advance(freshState(), 0, 359, counts, p)).toEqual([]);
  });
  it('takes a level held longer than maxSurgeMinutes as the new baseline, then can alarm again', () => {
    const s = freshState();
    const counts = steady(200, 2);
    for (let m = 200; m < 200 + p.maxSurgeMinutes + 100; m++) counts.set(m, 20);
    const alarms = advance(s, 0, 200 + p.maxSurgeMinutes + 99, counts, p);
    expect(alarms).toHaveLength(1);
    expect(s.runStart).toBeNull();
    expect(s.mean).toBeGreaterThan(15);
  });
});

describe('stepping in event time', () => {
  it('gives the same states and alarms in one call, in many, and minute by minute', () => {
    const counts = steady(400, 4);
    for (let m = 250; m < 270; m++) counts.set(m, 40);
    counts.delete(100);
    const whole = freshState();
    const once = advance(whole, 0, 399, counts, p);
    const pieces = freshState();
    const many = [[0, 57], [58, 58], [59, 251], [252, 399]].flatMap(([a, b]) => advance(pieces, a, b, counts, p));
    const single = freshState();
    const each = Array.from({ length: 400 }, (_, m) => stepMinute(single, m, counts.get(m) ?? 0, p)).filter((a) => a !== null);
    expect(many).toEqual(once);
    expect(each).toEqual(once);
    expect(pieces).toEqual(whole);
    expect(single).toEqual(whole);
  });
  it('skips an idle stretch in one jump with the same result as stepping it', () => {
    const counts = new Map([[10, 3], [9000, 50], [9001, 50]]);
    const jumped = freshState();
    const a = advance(jumped, 0, 9100, counts, p);
    const walked = freshState();
    const b = Array.from({ length: 9101 }, (_, m) => stepMinute(walked, m, counts.get(m) ?? 0, p)).filter(Boolean);
    expect(a).toEqual(b);
    expect(jumped).toEqual(walked);
  });
});

describe('a key first seen', () => {
  const day = 1440;
  it('is young while its kind\'s stream is young, a known quiet key once the stream has a day', () => {
    expect(startState(100, 0, p).quietStart).toBe(false);
    expect(startState(100, undefined, p).quietStart).toBe(false);
    const known = startState(2 * day, 0, p);
    expect(known.quietStart).toBe(true);
    expect(baselineOf(known, p)).toBe(p.floorRate);
  });
  it('in a known stream: a pile-on from nothing alarms within minutes; the same minutes in a young stream are learnt as normal', () => {
    const pileOn = steady(30, 12);
    const alarms = advance(startState(2 * day, 0, p), 0, 29, pileOn, p);
    expect(alarms).toHaveLength(1);
    expect(alarms[0].beganMinute).toBe(0);
    expect(alarms[0].detectedMinute).toBeLessThanOrEqual(3);
    expect(advance(startState(10, 0, p), 0, 29, pileOn, p)).toEqual([]);
  });
  it('in a known stream: a newcomer at an ordinary rate does not alarm, nor a first jump below the new-key rate', () => {
    expect(advance(startState(2 * day, 0, p), 0, 3 * day, steady(3 * day, 1), p)).toEqual([]);
    expect(advance(startState(2 * day, 0, p), 0, 59, steady(60, 2), p)).toEqual([]);
  });
});

describe('the worker\'s note', () => {
  it('merges the minute ranges of the batches it notes', () => {
    expect(mergeRanges([{ lo: 10, hi: 12 }, { lo: 1, hi: 3 }, { lo: 4, hi: 5 }, { lo: 11, hi: 20 }, { lo: 30, hi: 30 }]))
      .toEqual({ lo: [1, 10, 30], hi: [5, 20, 30] });
  });
});

describe('signals in', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it('reads a signal into its minute, with count 1 by default', () => {
    expect(checkSignal({ kind: 'search', key: '某人', at: '2026-03-01T11:59:59.9+08:00' }, now)).toEqual({ kind: 'search', key: '某人', minute: Math.floor(Date.parse('2026-03-01T03:59:59.9Z') / 60000), count: 1 });
  });
  it('names every bad field', () => {
    expect(checkSignal(null, now)).toHaveLength(1);
    const errors = checkSignal({ kind: 'x', key: 'a\u0000', at: '2026-03-01', count: 1.5, foo: 1 }, now) as { field: string }[];
    expect(errors.map((e) => e.field)).toEqual(['foo', 'kind', 'key', 'at', 'count']);
  });
  it('sums signals per kind, key and minute', () => {
    const b = toBuckets([
      { kind: 'search', key: 'a', minute: 5, count: 2 }, { kind: 'search', key: 'a', minute: 5, count: 3 },
      { kind: 'mention', key: 'a', minute: 5, count: 1 }, { kind: 'search', key: 'a', minute: 6, count: 1 },
    ]);
    expect(b).toEqual({ kinds: ['mention', 'search', 'search'], keys: ['a', 'a', 'a'], minutes: [5, 5, 6], counts: [1, 5, 1] });
  });
});
