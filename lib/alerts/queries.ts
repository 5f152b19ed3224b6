import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { accounts, alerts, cases, liveRooms, sections, type Alert } from '@/db/schema';
import { minuteOf } from '@/lib/signals/detector';
import { loadProtection, type ProtectionView } from '@/lib/protection/queries';
import { personKinds } from './raise';

/** Minutes of history shown before a surge began, and after it was detected. */
const BEFORE = 90;
const AFTER = 60;

export type SeriesPoint = { minute: number; count: number };
export type AlertRelated = {
  account: { id: string; handle: string; displayName: string; isMinor: boolean } | null;
  cases: { id: string; channel: string; status: string; involvesMinor: boolean; createdAt: string }[];
  sections: { id: string; name: string; kind: string; status: string }[];
  liveRooms: { sectionId: string; name: string }[];
};
export type AlertView = {
  id: string; kind: Alert['kind']; key: string; beganAt: string; detectedAt: string; peakRate: number; baseline: number; lift: number;
  minor: boolean; status: Alert['status']; incidentId: string | null; dismissReason: string | null;
  series: SeriesPoint[]; related: AlertRelated;
  /** One-key protection of the person the key names (notice II.1), for alerts still to act on. */
  protection: ProtectionView | null;
};

/**
 * What /alerts shows: alerts still to act on (open, acknowledged), minors first and the largest lift
 * first, then the latest handled ones; each with its series around the surge and what it concerns.
 */
export async function loadAlertBoard(db: Executor, opts: { limit?: number } = {}): Promise<{ active: AlertView[]; handled: AlertView[] }> {
  const limit = opts.limit ?? 50;
  const [active, handled] = await Promise.all([
    db.select().from(alerts).where(inArray(alerts.status, ['open', 'acknowledged']))
      .orderBy(desc(alerts.minor), desc(alerts.lift), desc(alerts.detectedAt)).limit(limit),
    db.select().from(alerts).where(inArray(alerts.status, ['linked', 'dismissed'])).orderBy(desc(alerts.actedAt)).limit(10),
  ]);
  const views = await withDetails(db, [...active, ...handled]);
  const people = [...new Set(active.filter((a) => personKinds.has(a.kind)).map((a) => a.key))];
  const protections = new Map(await Promise.all(people.map(async (id) => [id, await loadProtection(db, id)] as const)));
  for (const v of views.slice(0, active.length)) v.protection = protections.get(v.key) ?? null;
  return { active: views.slice(0, active.length), handled: views.slice(active.length) };
}

async function withDetails(db: Executor, rows: Alert[]): Promise<AlertView[]> {
  if (!rows.length) return [];
  const windows = rows.map((a) => ({ from: minuteOf(a.beganAt) - BEFORE, to: minuteOf(a.detectedAt) + AFTER }));
  const points = await queryRows<{ i: number; minute: number; count: number }>(db, sql`
    select w.i, b.minute, b.count
    from unnest(${sql.param(rows.map((a) => a.kind))}::text[], ${sql.param(rows.map((a) => a.key))}::text[],
      ${sql.param(windows.map((w) => w.from))}::int[], ${sql.param(windows.map((w) => w.to))}::int[]) with ordinality as w(kind, key, lo, hi, i)
    join signal_buckets b on b.kind = w.kind and b.key = w.key and b.minute between w.lo and w.hi
    order by w.i, b.minute`);
  const people = [...new Set(rows.filter((a) => personKinds.has(a.kind)).map((a) => a.key))];
  const sectionKeys = [...new Set(rows.filter((a) => a.kind === 'topic_heat').map((a) => a.key))];
  const [accountRows, caseRows, sectionRows, roomRows] = await Promise.all([
    people.length ? db.select({ id: accounts.id, handle: accounts.handle, displayName: accounts.displayName, isMinor: accounts.isMinor }).from(accounts).where(inArray(accounts.id, people)) : [],
    people.length ? db.select({ id: cases.id, channel: cases.channel, status: cases.status, involvesMinor: cases.involvesMinor, createdAt: cases.createdAt, subject: cases.subjectAccountId, target: cases.targetAccountId })
      .from(cases).where(or(inArray(cases.subjectAccountId, people), inArray(cases.targetAccountId, people))).orderBy(desc(cases.createdAt)).limit(200) : [],
    sectionKeys.length ? db.select({ id: sections.id, externalId: sections.externalId, name: sections.name, kind: sections.kind, status: sections.status }).from(sections)
      .where(inArray(sections.externalId, sectionKeys)) : [],
    people.length ? db.select({ sectionId: liveRooms.sectionId, host: liveRooms.hostAccountId, name: sections.name }).from(liveRooms)
      .innerJoin(sections, eq(sections.id, liveRooms.sectionId)).where(and(inArray(liveRooms.hostAccountId, people), eq(liveRooms.status, 'live'))) : [],
  ]);
  return rows.map((a, index) => {
    const series = points.filter((p) => Number(p.i) === index + 1).map((p) => ({ minute: Number(p.minute), count: Number(p.count) }));
    const account = accountRows.find((r) => r.id === a.key) ?? null;
    const isPerson = personKinds.has(a.kind);
    return {
      id: a.id, kind: a.kind, key: a.key, beganAt: a.beganAt.toISOString(), detectedAt: a.detectedAt.toISOString(),
      peakRate: a.peakRate, baseline: a.baseline, lift: a.lift, minor: a.minor, status: a.status, incidentId: a.incidentId, dismissReason: a.dismissReason,
      series,
      protection: null,
      related: {
        account: isPerson ? account : null,
        cases: isPerson ? caseRows.filter((c) => c.subject === a.key || c.target === a.key).slice(0, 5)
          .map((c) => ({ id: c.id, channel: c.channel, status: c.status, involvesMinor: c.involvesMinor, createdAt: c.createdAt.toISOString() })) : [],
        sections: a.kind === 'topic_heat' ? sectionRows.filter((s) => s.externalId === a.key).map(({ externalId: _e, ...s }) => s) : [],
        liveRooms: [
          ...(isPerson ? roomRows.filter((r) => r.host === a.key).map((r) => ({ sectionId: r.sectionId, name: r.name })) : []),
          ...(a.kind === 'topic_heat' ? sectionRows.filter((s) => s.externalId === a.key && s.kind === 'live_room').map((s) => ({ sectionId: s.id, name: s.name })) : []),
        ],
      },
    };
  });
}

/**
 * The search terms that rose most during a surge (the key terms an incident opened from it gets):
 * for a search alert its own term first, then the terms searched most in the surge's minutes.
 */
export async function topTerms(db: Executor, alert: Alert, limit = 5): Promise<string[]> {
  const rows = await queryRows<{ key: string }>(db, sql`
    select key from signal_buckets where kind = 'search' and minute between ${minuteOf(alert.beganAt)} and ${minuteOf(alert.detectedAt)}
    group by key order by sum(count) desc, key limit ${limit}`);
  const terms = alert.kind === 'search' ? [alert.key, ...rows.map((r) => r.key)] : rows.map((r) => r.key);
  return [...new Set(terms)].slice(0, limit);
}
