import { describe, expect, it } from 'vitest';
import { dashboardHref, dayOf, daysBetween, nextDay, parseDashboardParams, splitPeriod, startOfDay, wholeHourOffset } from './period';

const tz = 'Asia/Shanghai';
const now = new Date('2026-03-10T04:00:00Z'); // 12:00 on 10 March in Shanghai

describe('dashboard period from the URL', () => {
  it('defaults to the last 7 days across every channel', () => {
    const { filters, invalid } = parseDashboardParams({}, now, tz);
    expect(invalid).toEqual([]);
    expect(filters).toEqual({ period: '7d', from: new Date('2026-03-03T04:00:00Z'), to: now, channel: null });
  });

  it('reads the presets and a channel', () => {
    expect(parseDashboardParams({ period: '24h', channel: 'comment' }, now, tz).filters)
      .toEqual({ period: '24h', from: new Date('2026-03-09T04:00:00Z'), to: now, channel: 'comment' });
    expect(parseDashboardParams({ period: ['30d', '7d'] }, now, tz).filters.from).toEqual(new Date('2026-02-08T04:00:00Z'));
  });

  it('reads a custom range as whole days in the console time zone, the last day included', () => {
    const { filters, invalid } = parseDashboardParams({ period: 'custom', from: '2026-03-01', to: '2026-03-02' }, now, tz);
    expect(invalid).toEqual([]);
    // Shanghai is UTC+8: 1 March 00:00 there is 28 Feb 16:00 UTC; the range ends at 3 March 00:00 local.
    expect(filters).toEqual({ period: 'custom', from: new Date('2026-02-28T16:00:00Z'), to: new Date('2026-03-02T16:00:00Z'), channel: null });
    expect(parseDashboardParams({ from: '2026-03-01', to: '2026-03-01' }, now, tz).filters.period).toBe('custom');
  });

  it('falls back to the default period and names what it ignored', () => {
    const cases: [Record<string, string>, string[]][] = [
      [{ period: 'forever' }, ['period']],
      [{ channel: 'fax' }, ['channel']],
      [{ period: 'custom', from: '2026-02-30', to: '2026-03-01' }, ['from']],
      [{ period: 'custom', from: '2026-03-01' }, ['to']],
      [{ period: 'custom', from: '2026-03-01', to: 'tomorrow' }, ['to']],
      [{ period: 'custom', from: '2026-03-01', to: '2026-02-31' }, ['to']],
      [{ from: 'x', to: '2026-13-01' }, ['from', 'to']],
      [{ period: 'custom', from: '2026-03-05', to: '2026-03-01' }, ['range']],
      [{ period: 'custom', from: '2024-01-01', to: '2026-03-01' }, ['range']],
    ];
    for (const [raw, invalid] of cases) {
      const parsed = parseDashboardParams(raw, now, tz);
      expect(parsed.invalid, JSON.stringify(raw)).toEqual(invalid);
      expect(parsed.filters.period).toBe('7d');
      expect(parsed.filters.to).toEqual(now);
    }
  });
});

describe('days', () => {
  it('knows calendar arithmetic and real dates', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(startOfDay('2026-02-29', tz)).toBeNull();
    expect(startOfDay('2026-3-1', tz)).toBeNull();
    expect(dayOf(new Date('2026-03-01T16:00:00Z'), tz)).toBe('2026-03-02');
  });

  it('lists every local day the period touches', () => {
    expect(daysBetween(new Date('2026-03-09T04:00:00Z'), now, tz)).toEqual(['2026-03-09', '2026-03-10']);
    expect(daysBetween(new Date('2026-02-28T16:00:00Z'), new Date('2026-03-02T16:00:00Z'), tz)).toEqual(['2026-03-01', '2026-03-02']);
    expect(daysBetween(now, now, tz)).toEqual([]);
  });

  it('writes links that keep only the fields set', () => {
    expect(dashboardHref({})).toBe('/dashboard');
    expect(dashboardHref({ period: 'custom', from: '2026-03-01', to: '2026-03-02', channel: 'post' }))
      .toBe('/dashboard?period=custom&from=2026-03-01&to=2026-03-02&channel=post');
  });
});

describe('a period cut into rollup days, rollup hours and rows', () => {
  const d = (iso: string) => new Date(iso);
  it('reads a 30-day view ending at 12:34 local from 29 days, the edge days\' whole hours, and the minutes around them', () => {
    // 30 days before 10 March 04:34Z is 8 February 04:34Z (12:34 local): 9 Feb to 9 Mar local are whole days.
    const split = splitPeriod(d('2026-02-08T04:34:00Z'), d('2026-03-10T04:34:00Z'), tz);
    expect(split.days).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(split.hours).toEqual([[d('2026-02-08T05:00:00Z'), d('2026-02-08T16:00:00Z')], [d('2026-03-09T16:00:00Z'), d('2026-03-10T04:00:00Z')]]);
    expect(split.edges).toEqual([[d('2026-02-08T04:34:00Z'), d('2026-02-08T05:00:00Z')], [d('2026-03-10T04:00:00Z'), d('2026-03-10T04:34:00Z')]]);
  });

  it('needs no rows when the period starts and ends on the hour, and no hours for whole days', () => {
    expect(splitPeriod(d('2026-03-09T04:00:00Z'), now, tz)).toEqual({
      days: null, hours: [[d('2026-03-09T04:00:00Z'), now]], edges: [],
    });
    expect(splitPeriod(d('2026-02-28T16:00:00Z'), d('2026-03-02T16:00:00Z'), tz)).toEqual({
      days: { from: '2026-03-01', to: '2026-03-03' }, hours: [], edges: [],
    });
  });

  it('reads a period inside one hour from the rows, and everything from the rows in zones off the whole hour', () => {
    expect(splitPeriod(d('2026-03-10T04:10:00Z'), d('2026-03-10T04:50:00Z'), tz)).toEqual({ days: null, hours: [], edges: [[d('2026-03-10T04:10:00Z'), d('2026-03-10T04:50:00Z')]] });
    expect(wholeHourOffset(now, 'Asia/Kolkata')).toBe(false);
    expect(wholeHourOffset(now, 'Europe/Berlin')).toBe(true);
    expect(splitPeriod(d('2026-03-01T00:00:00Z'), now, 'Asia/Kolkata')).toEqual({ days: null, hours: [], edges: [[d('2026-03-01T00:00:00Z'), now]] });
  });

  it('uses hours, not days, in another whole-hour zone (the daily rollups count Shanghai days)', () => {
    expect(splitPeriod(d('2026-03-01T00:20:00Z'), now, 'Europe/Berlin')).toEqual({
      days: null, hours: [[d('2026-03-01T01:00:00Z'), now]], edges: [[d('2026-03-01T00:20:00Z'), d('2026-03-01T01:00:00Z')]],
    });
  });
});
