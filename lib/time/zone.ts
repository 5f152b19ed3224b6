/**
 * Wall-clock times in the organisation's time zone. A datetime-local input gives "2026-03-01T14:30"
 * with no zone; the console reads it in the organisation's zone (not the browser's, not the server's),
 * so that what the supervisor typed is the instant stored, and shows stored instants back the same way.
 */

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Whether `name` is an IANA zone this runtime knows ("Asia/Shanghai", "Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function wallParts(utcMs: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]),
  );
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute, second: +parts.second };
}

function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const p = wallParts(utcMs, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(utcMs / 1000) * 1000;
}

/**
 * A datetime-local value read as wall-clock time in `timeZone`; null when it is not one. A time that
 * a daylight-saving change skips (02:30 on a spring-forward night) lands after the gap; a repeated
 * one (autumn) takes the earlier of its two instants.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const m = localPattern.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== +m[3]) return null;
  // The offset at the guess can differ from the offset at the answer near a change: try both.
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  const candidates = [first, second, wall - zoneOffsetMs(wall - 86_400_000, timeZone), wall - zoneOffsetMs(wall + 86_400_000, timeZone)];
  const exact = candidates.filter((c) => wall - zoneOffsetMs(c, timeZone) === c).sort((a, b) => a - b);
  return new Date(exact[0] ?? second);
}

/** An instant as a datetime-local value ("2026-03-01T14:30") in `timeZone`, for an input's value. */
export function utcToZonedLocal(at: Date | number, timeZone: string): string {
  const p = wallParts(typeof at === 'number' ? at : at.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(p.year).padStart(4, '0')}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
