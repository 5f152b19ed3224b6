import { describe, expect, it } from 'vitest';
import { fillDays, percentileCont, share, splitDuration } from './stats';

describe('percentileCont, as Postgres interpolates it', () => {
  it('interpolates between the two nearest values', () => {
    // p50 of 4 values: position 0.5 × 3 = 1.5, halfway between 20 and 30.
    expect(percentileCont([40, 10, 30, 20], 0.5)).toBe(25);
    // p95 of 1..5 ×10: position 0.95 × 4 = 3.8 → 40 + 0.8 × (50 − 40) = 48.
    expect(percentileCont([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48, 10);
  });

  it('answers the only value for one, and null for none', () => {
    expect(percentileCont([7], 0.95)).toBe(7);
    expect(percentileCont([], 0.5)).toBeNull();
    expect(() => percentileCont([1], 1.5)).toThrow(RangeError);
  });
});

describe('share', () => {
  it('is null with nothing to divide', () => {
    expect(share(0, 0)).toBeNull();
    expect(share(3, 4)).toBe(0.75);
  });
});

describe('fillDays', () => {
  it('puts zeros on the days the database had no row for', () => {
    expect(fillDays(['2026-03-01', '2026-03-02', '2026-03-03'], [{ day: '2026-03-02', n: 5 }], [{ day: '2026-03-01', n: 2 }, { day: '2026-03-02', n: 1 }]))
      .toEqual([
        { day: '2026-03-01', received: 0, handled: 2 },
        { day: '2026-03-02', received: 5, handled: 1 },
        { day: '2026-03-03', received: 0, handled: 0 },
      ]);
  });
});

describe('splitDuration', () => {
  it('picks the largest readable unit and truncates', () => {
    expect(splitDuration(45.9)).toEqual({ unit: 's', value: 45 });
    expect(splitDuration(3599)).toEqual({ unit: 'min', value: 59 });
    expect(splitDuration(3 * 3600 + 5 * 60 + 30)).toEqual({ unit: 'h', value: 3, minutes: 5 });
    expect(splitDuration(-5)).toEqual({ unit: 's', value: 0 });
  });
});
