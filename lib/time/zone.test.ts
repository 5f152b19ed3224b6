import { describe, expect, it } from 'vitest';
import { isTimeZone, utcToZonedLocal, zonedLocalToUtc } from './zone';

describe('zonedLocalToUtc', () => {
  it('reads a typed time in the organisation zone, not the server zone', () => {
    expect(zonedLocalToUtc('2026-03-01T14:30', 'Asia/Shanghai')?.toISOString()).toBe('2026-03-01T06:30:00.000Z');
    expect(zonedLocalToUtc('2026-03-01T14:30', 'UTC')?.toISOString()).toBe('2026-03-01T14:30:00.000Z');
  });

  it('follows daylight saving in a DST zone', () => {
    // New York: EST (UTC−5) in January, EDT (UTC−4) in July.
    expect(zonedLocalToUtc('2026-01-15T14:30', 'America/New_York')?.toISOString()).toBe('2026-01-15T19:30:00.000Z');
    expect(zonedLocalToUtc('2026-07-15T14:30', 'America/New_York')?.toISOString()).toBe('2026-07-15T18:30:00.000Z');
    // The day of the change itself (8 March 2026, 02:00 → 03:00): the afternoon is already EDT.
    expect(zonedLocalToUtc('2026-03-08T14:30', 'America/New_York')?.toISOString()).toBe('2026-03-08T18:30:00.000Z');
    // Just before the change, still EST.
    expect(zonedLocalToUtc('2026-03-08T01:30', 'America/New_York')?.toISOString()).toBe('2026-03-08T06:30:00.000Z');
  });

  it('takes the earlier instant of a repeated autumn hour and a time after a skipped spring hour', () => {
    // 1 November 2026, 01:30 happens twice in New York; the first is EDT (05:30Z).
    expect(zonedLocalToUtc('2026-11-01T01:30', 'America/New_York')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    const skipped = zonedLocalToUtc('2026-03-08T02:30', 'America/New_York')!;
    expect(utcToZonedLocal(skipped, 'America/New_York')).toMatch(/^2026-03-08T0[13]:30$/);
  });

  it('refuses what is not a datetime-local value', () => {
    for (const bad of ['', '2026-03-01', '2026-02-30T10:00', '2026-03-01T14:30Z', 'tomorrow']) expect(zonedLocalToUtc(bad, 'UTC')).toBeNull();
  });

  it('round-trips through utcToZonedLocal', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC']) {
      for (const local of ['2026-01-15T09:05', '2026-06-30T23:59', '2026-10-25T12:00']) {
        expect(utcToZonedLocal(zonedLocalToUtc(local, zone)!, zone)).toBe(local);
      }
    }
  });
});

describe('isTimeZone', () => {
  it('accepts IANA names and refuses anything else', () => {
    for (const z of ['Asia/Shanghai', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC']) expect(isTimeZone(z)).toBe(true);
    for (const z of ['', 'Mars/Olympus', 'GMT+25', '<script>', 'Asia/Shanghai; drop']) expect(isTimeZone(z)).toBe(false);
  });
});
