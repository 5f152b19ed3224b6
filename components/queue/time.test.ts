import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration } from './time';

const unit = (u: string, n: number) => `${n}${u}`;

describe('durations', () => {
  it('shows the largest two units', () => {
    expect(formatDuration(30_000, unit, '<1m')).toBe('<1m');
    expect(formatDuration(42 * 60_000, unit, '<1m')).toBe('42m');
    expect(formatDuration(65 * 60_000, unit, '<1m')).toBe('1h 5m');
    expect(formatDuration(120 * 60_000, unit, '<1m')).toBe('2h');
    expect(formatDuration((2 * 1440 + 3 * 60 + 7) * 60_000, unit, '<1m')).toBe('2d 3h');
    expect(formatDuration(-(3 * 1440) * 60_000, unit, '<1m')).toBe('3d');
  });

  it('counts a lease down in minutes and seconds', () => {
    expect(formatClock(9 * 60_000 + 5_400)).toBe('9:05');
    expect(formatClock(-5)).toBe('0:00');
  });
});
