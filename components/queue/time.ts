/** Largest two units of a duration, e.g. "2d 3h", "1h 5m", "42m": enough to triage, short enough for a column. */
export function formatDuration(ms: number, unit: (u: 'd' | 'h' | 'm', n: number) => string, underMinute: string): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return underMinute;
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return h > 0 ? `${unit('d', d)} ${unit('h', h)}` : unit('d', d);
  if (h > 0) return m > 0 ? `${unit('h', h)} ${unit('m', m)}` : unit('h', h);
  return unit('m', m);
}

/** mm:ss for a lease countdown; never negative. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
