import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './period';

const tz = 'Asia/Shanghai';
const now = new Date('2026-03-20T04:00:00Z');
const ok = (r: ReturnType<typeof resolvePeriod>) => {
  if (!('period' in r)) throw new Error(`expected a period, got ${r.problem}`);
  return r.period;
};

describe('report periods in the organisation calendar', () => {
  it('takes the day, the ISO week and the month that hold the day picked', () => {
    expect(ok(resolvePeriod('day', '2026-03-10', undefined, now, tz))).toMatchObject({
      from: new Date('2026-03-09T16:00:00Z'), to: new Date('2026-03-10T16:00:00Z'), label: '2026-03-10',
    });
    // 2026-03-11 is a Wednesday: the week runs Monday 9 to Sunday 15 March.
    expect(ok(resolvePeriod('week', '2026-03-11', undefined, now, tz))).toMatchObject({
      firstDay: '2026-03-09', lastDay: '2026-03-15', from: new Date('2026-03-08T16:00:00Z'), to: new Date('2026-03-15T16:00:00Z'),
    });
    expect(ok(resolvePeriod('week', '2026-03-15', undefined, now, tz)).firstDay).toBe('2026-03-09');
    expect(ok(resolvePeriod('month', '2026-02-14', undefined, now, tz))).toMatchObject({
      firstDay: '2026-02-01', lastDay: '2026-02-28', label: '2026-02', from: new Date('2026-01-31T16:00:00Z'), to: new Date('2026-02-28T16:00:00Z'),
    });
    expect(ok(resolvePeriod('custom', '2026-03-01', '2026-03-03', now, tz))).toMatchObject({ lastDay: '2026-03-03', label: '2026-03-01 – 2026-03-03' });
  });

  it('names what is wrong', () => {
    expect(resolvePeriod('day', '2026-02-30', undefined, now, tz)).toEqual({ problem: 'from' });
    expect(resolvePeriod('custom', '2026-03-01', undefined, now, tz)).toEqual({ problem: 'to' });
    expect(resolvePeriod('custom', '2026-03-05', '2026-03-01', now, tz)).toEqual({ problem: 'range' });
    expect(resolvePeriod('custom', '2024-01-01', '2026-03-01', now, tz)).toEqual({ problem: 'range' });
    expect(resolvePeriod('day', '2026-03-21', undefined, now, tz)).toEqual({ problem: 'future' });
  });
});
