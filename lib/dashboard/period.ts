import type { Channel } from '@/db/schema';
import { zonedLocalToUtc } from '@/lib/time/zone';
import { channels } from '@/lib/reports/queue-filters';

export const presets = ['24h', '7d', '30d'] as const;
export type Preset = (typeof presets)[number];
export type PeriodKind = Preset | 'custom';

const presetMs: Record<Preset, number> = { '24h': 24 * 3_600_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };
export const DEFAULT_PRESET: Preset = '7d';
/** A custom range stays within a year, so that one request cannot ask the database for its whole history. */
export const MAX_CUSTOM_DAYS = 366;

/** `to` is exclusive. */
export type DashboardFilters = { period: PeriodKind; from: Date; to: Date; channel: Channel | null };
/** The filter form's fields as they appear in the URL. */
export type DashboardParams = Partial<Record<'period' | 'from' | 'to' | 'channel', string>>;

type Raw = Record<string, string | string[] | undefined>;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function one(raw: Raw, key: string): string | undefined {
  const v = raw[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
}

/** The calendar day after `day` (YYYY-MM-DD), by the calendar alone: no time zone involved. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The start of a calendar day in `timeZone`, or null when `day` is not a real date. */
export function startOfDay(day: string, timeZone: string): Date | null {
  if (!datePattern.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2026-02-30 over to March: such a day does not exist.
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return zonedLocalToUtc(`${day}T00:00`, timeZone);
}

/** The calendar day (YYYY-MM-DD) that an instant falls on in `timeZone`. */
export function dayOf(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * The period and channel from the page's search params. Presets end at `now`; a custom range covers
 * whole days in the console's time zone, `to` included. A hand-edited URL that does not parse falls
 * back to the default period and names the fields it ignored, rather than failing the page.
 */
export function parseDashboardParams(raw: Raw, now: Date, timeZone: string): { filters: DashboardFilters; values: DashboardParams; invalid: string[] } {
  const values: DashboardParams = {};
  for (const key of ['period', 'from', 'to', 'channel'] as const) {
    const v = one(raw, key);
    if (v !== undefined) values[key] = v;
  }
  const invalid: string[] = [];

  let channel: Channel | null = null;
  if (values.channel !== undefined) {
    if ((channels as readonly string[]).includes(values.channel)) channel = values.channel as Channel;
    else invalid.push('channel');
  }

  const preset = (p: Preset): DashboardFilters => ({ period: p, from: new Date(now.getTime() - presetMs[p]), to: now, channel });
  const wantsCustom = values.period === 'custom' || (values.period === undefined && (values.from !== undefined || values.to !== undefined));
  if (!wantsCustom) {
    if (values.period !== undefined && !(presets as readonly string[]).includes(values.period)) invalid.push('period');
    const p = (presets as readonly string[]).includes(values.period ?? '') ? (values.period as Preset) : DEFAULT_PRESET;
    return { filters: preset(p), values, invalid };
  }

  const from = values.from ? startOfDay(values.from, timeZone) : null;
  // The end day is checked before stepping past it: nextDay would roll 30 February over into March.
  const to = values.to && startOfDay(values.to, timeZone) ? startOfDay(nextDay(values.to), timeZone) : null;
  if (!from) invalid.push('from');
  if (!to) invalid.push('to');
  if (from && to && invalid.length === 0 && (to <= from || to.getTime() - from.getTime() > MAX_CUSTOM_DAYS * 86_400_000 + 3_600_000)) {
    invalid.push('range');
  }
  if (invalid.some((k) => k === 'from' || k === 'to' || k === 'range')) return { filters: preset(DEFAULT_PRESET), values, invalid };
  return { filters: { period: 'custom', from: from!, to: to!, channel }, values, invalid };
}

/** Every calendar day in `timeZone` that the period touches, oldest first, so that empty days still show. */
export function daysBetween(from: Date, to: Date, timeZone: string): string[] {
  if (to <= from) return [];
  const last = dayOf(new Date(to.getTime() - 1), timeZone);
  const days: string[] = [];
  for (let day = dayOf(from, timeZone); day <= last; day = nextDay(day)) days.push(day);
  return days;
}

/** The URL of the dashboard with these filters; the default period is left out so links stay short. */
export function dashboardHref(values: DashboardParams): string {
  const q = new URLSearchParams();
  for (const key of ['period', 'from', 'to', 'channel'] as const) if (values[key]) q.set(key, values[key]!);
  const s = q.toString();
  return s ? `/dashboard?${s}` : '/dashboard';
}

/** The time zone whose calendar days the rollups count in (migration 0023's compliance_day). */
export const ROLLUP_TIME_ZONE = 'Asia/Shanghai';

const HOUR_MS = 3_600_000;

/** Whether the zone's clock reads a whole hour at UTC hour boundaries around `at` (UTC+8 yes, UTC+5:30 no). */
export function wholeHourOffset(at: Date, timeZone: string): boolean {
  const hour = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(hour);
  return Number(parts.find((p) => p.type === 'minute')?.value) === 0;
}

/**
 * A period cut into what each source counts: `days`, whole calendar days in `timeZone` (`to`
 * exclusive), read from the daily rollups (only when `daily`: they count Asia/Shanghai days);
 * `hours`, whole UTC hours outside those days, read from the hourly rollups (only when the zone's
 * offset is whole hours, so each hour lies in one local day); and `edges`, the minutes before the
 * first and after the last whole hour, read from the rows. A 30-day view ending now is 29 days, up to
 * 46 hours and under two hours of rows.
 */
export type PeriodSplit = { days: { from: string; to: string } | null; hours: [Date, Date][]; edges: [Date, Date][] };

export function splitPeriod(from: Date, to: Date, timeZone: string, opts: { daily: boolean } = { daily: timeZone === ROLLUP_TIME_ZONE }): PeriodSplit {
  const out: PeriodSplit = { days: null, hours: [], edges: [] };
  if (to <= from) return out;
  let pieces: [Date, Date][] = [[from, to]];
  if (opts.daily) {
    let first = dayOf(from, timeZone);
    if (startOfDay(first, timeZone)! < from) first = nextDay(first);
    const end = dayOf(to, timeZone);
    if (first < end) {
      const a = startOfDay(first, timeZone)!;
      const b = startOfDay(end, timeZone)!;
      out.days = { from: first, to: end };
      pieces = [];
      if (from < a) pieces.push([from, a]);
      if (b < to) pieces.push([b, to]);
    }
  }
  const hourly = wholeHourOffset(from, timeZone) && wholeHourOffset(to, timeZone);
  for (const [a, b] of pieces) {
    const ha = new Date(Math.ceil(a.getTime() / HOUR_MS) * HOUR_MS);
    const hb = new Date(Math.floor(b.getTime() / HOUR_MS) * HOUR_MS);
    if (!hourly || ha >= hb) {
      out.edges.push([a, b]);
      continue;
    }
    out.hours.push([ha, hb]);
    if (a < ha) out.edges.push([a, ha]);
    if (hb < b) out.edges.push([hb, b]);
  }
  return out;
}
