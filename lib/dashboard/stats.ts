/**
 * The same interpolation as Postgres's percentile_cont: the value at fractional position
 * p × (n − 1) in the sorted list. The dashboard computes percentiles in SQL; this states the
 * definition in one readable place and lets tests check the SQL against it.
 */
export function percentileCont(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (p < 0 || p > 1) throw new RangeError(`percentile must be within 0..1, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lower = Math.floor(pos);
  const upper = Math.ceil(pos);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (pos - lower);
}

/** A share in 0..1, or null when there is nothing to divide: "no cases" is not "0% on time". */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export type DayCount = { day: string; n: number };
export type DayRow = { day: string; received: number; handled: number };

/** Per-day counts onto every day of the period, zeros where the database returned no row. */
export function fillDays(days: readonly string[], received: readonly DayCount[], handled: readonly DayCount[]): DayRow[] {
  const r = new Map(received.map((x) => [x.day, x.n]));
  const h = new Map(handled.map((x) => [x.day, x.n]));
  return days.map((day) => ({ day, received: r.get(day) ?? 0, handled: h.get(day) ?? 0 }));
}

export type Duration = { unit: 's' | 'min' | 'h'; value: number; minutes?: number };

/**
 * A duration in the largest unit that keeps it readable: 45 s, 12 min, 3 h 5 min. Truncated, not
 * rounded, so that a figure just under a deadline never reads as the deadline itself.
 */
export function splitDuration(seconds: number): Duration {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return { unit: 's', value: s };
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return { unit: 'min', value: minutes };
  return { unit: 'h', value: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** One bucket of the time-to-first-action histogram: how many cases, and their seconds summed. */
export type Bucket = { bucket: number; n: number; secs: number };

/**
 * percentileCont over a histogram whose buckets are read as their mean (exact when each bucket holds
 * one distinct value, within the bucket's 4.4 % width otherwise).
 */
export function histogramPercentile(buckets: readonly Bucket[], p: number): number | null {
  const rows = [...buckets].filter((b) => b.n > 0).sort((a, b) => a.bucket - b.bucket);
  const total = rows.reduce((s, b) => s + b.n, 0);
  if (total === 0) return null;
  if (p < 0 || p > 1) throw new RangeError(`percentile must be within 0..1, got ${p}`);
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const b of rows) {
      seen += b.n;
      if (rank < seen) return b.secs / b.n;
    }
    return rows.at(-1)!.secs / rows.at(-1)!.n;
  };
  const pos = p * (total - 1);
  const lower = valueAt(Math.floor(pos));
  const upper = valueAt(Math.ceil(pos));
  return lower + (upper - lower) * (pos - Math.floor(pos));
}
