import { z } from 'zod';
import { zonedLocalToUtc } from '@/lib/time/zone';

export const actorTypes = ['staff', 'api_key', 'system'] as const;
export type ActorType = (typeof actorTypes)[number];

/** What the audit browser can narrow by. `until` is exclusive. */
export type AuditFilters = {
  actorId?: string;
  actorType?: ActorType;
  /** Exact action, or a prefix up to a dot: "staff" finds staff.create, staff.sign_in, … */
  action?: string;
  targetType?: string;
  targetId?: string;
  since?: Date;
  until?: Date;
};

/**
 * A position in the (at desc, id desc) order. `at` is kept as Postgres's own text with microseconds:
 * a JavaScript Date would round them away and pages would skip or repeat rows written in one millisecond.
 */
export type AuditCursor = { at: string; id: number };

const cursorPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z)_(\d{1,18})$/;

export function encodeCursor(c: AuditCursor): string {
  return `${c.at}_${c.id}`;
}

export function decodeCursor(value: string | undefined | null): AuditCursor | null {
  const m = value ? cursorPattern.exec(value) : null;
  if (!m || Number.isNaN(Date.parse(m[1]))) return null;
  return { at: m[1], id: Number(m[2]) };
}

// One conversion for the whole console: lib/time/zone.ts.
export { zonedLocalToUtc };

/** The filter form's fields, as they appear in the URL. */
export const auditParamNames = ['actor', 'actorType', 'action', 'targetType', 'targetId', 'from', 'to'] as const;
export type AuditParams = Partial<Record<(typeof auditParamNames)[number] | 'after', string>>;

const text = z.string().trim().max(200);

export function parseAuditParams(
  raw: Record<string, string | string[] | undefined>,
  timeZone: string,
): { filters: AuditFilters; cursor: AuditCursor | null; values: AuditParams; invalid: string[] } {
  const values: AuditParams = {};
  for (const key of [...auditParamNames, 'after'] as const) {
    const v = raw[key];
    const one = Array.isArray(v) ? v[0] : v;
    if (one !== undefined && one.trim() !== '') values[key] = one.trim();
  }
  const invalid: string[] = [];
  const filters: AuditFilters = {};
  const str = (key: keyof AuditParams) => {
    if (values[key] === undefined) return undefined;
    const parsed = text.safeParse(values[key]);
    if (!parsed.success) invalid.push(key);
    return parsed.success ? parsed.data : undefined;
  };
  filters.actorId = str('actor');
  filters.action = str('action');
  filters.targetType = str('targetType');
  filters.targetId = str('targetId');
  if (values.actorType !== undefined) {
    if ((actorTypes as readonly string[]).includes(values.actorType)) filters.actorType = values.actorType as ActorType;
    else invalid.push('actorType');
  }
  if (values.from !== undefined) {
    const since = zonedLocalToUtc(values.from, timeZone);
    if (since) filters.since = since;
    else invalid.push('from');
  }
  if (values.to !== undefined) {
    const until = zonedLocalToUtc(values.to, timeZone);
    // The form picks minutes: "to 10:30" includes everything that happened during 10:30.
    if (until) filters.until = new Date(until.getTime() + (values.to.length === 16 ? 60_000 : 1000));
    else invalid.push('to');
  }
  const cursor = decodeCursor(values.after);
  if (values.after !== undefined && !cursor) invalid.push('after');
  for (const key of Object.keys(filters) as (keyof AuditFilters)[]) if (filters[key] === undefined) delete filters[key];
  return { filters, cursor, values, invalid };
}

/** The URL of the audit page with these filters (and optionally a page cursor). */
export function auditHref(values: AuditParams, after?: string | null): string {
  const q = new URLSearchParams();
  for (const key of auditParamNames) if (values[key]) q.set(key, values[key]!);
  if (after) q.set('after', after);
  const s = q.toString();
  return s ? `/audit?${s}` : '/audit';
}
