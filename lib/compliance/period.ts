import { MAX_CUSTOM_DAYS, dayOf, nextDay, startOfDay } from '@/lib/dashboard/period';

export const periodKinds = ['day', 'week', 'month', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** A report's period: calendar days in `timeZone`, `to` exclusive; `firstDay`/`lastDay` inclusive. */
export type ReportPeriod = { kind: PeriodKind; from: Date; to: Date; firstDay: string; lastDay: string; label: string };

export type PeriodProblem = 'from' | 'to' | 'range' | 'future';

const addDays = (day: string, n: number) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};
/** Monday of the ISO week that holds `day`. */
const mondayOf = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
};

/**
 * The period a supervisor asked for: the day, ISO week (Monday to Sunday) or month that holds `from`,
 * or the custom range `from`..`to` (both included, at most a year). The period must have begun by `now`.
 */
export function resolvePeriod(kind: PeriodKind, from: string, to: string | undefined, now: Date, timeZone: string): { period: ReportPeriod } | { problem: PeriodProblem } {
  if (!startOfDay(from, timeZone)) return { problem: 'from' };
  let first = from;
  let last: string;
  if (kind === 'day') last = from;
  else if (kind === 'week') { first = mondayOf(from); last = addDays(first, 6); }
  else if (kind === 'month') {
    first = `${from.slice(0, 7)}-01`;
    const [y, m] = first.split('-').map(Number);
    last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  } else {
    if (!to || !startOfDay(to, timeZone)) return { problem: 'to' };
    if (to < from || (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1 > MAX_CUSTOM_DAYS) return { problem: 'range' };
    last = to;
  }
  const start = startOfDay(first, timeZone)!;
  if (start > now) return { problem: 'future' };
  const label = kind === 'day' ? first : kind === 'month' ? first.slice(0, 7) : `${first} – ${last}`;
  return { period: { kind, from: start, to: startOfDay(nextDay(last), timeZone)!, firstDay: first, lastDay: last, label } };
}

/** Today in the organisation's calendar, for the form's default. */
export const today = (now: Date, timeZone: string) => dayOf(now, timeZone);
