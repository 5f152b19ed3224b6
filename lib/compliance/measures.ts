import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import type { SanctionType } from '@/db/schema';
import { together } from '@/lib/dashboard/queries';

/**
 * The measures a compliance report lists beside the dashboard's figures: sanctions, four-eyes
 * decisions, appeals, sections, comments, live rooms, videos, hot incidents and (where that work has
 * landed) alerts. Each counts rows whose own timestamp falls in the period; these tables are small
 * beside reports, so they are read directly.
 */
export type Period = { from: Date; to: Date };

export type SanctionRow = { type: SanctionType; applied: number; proposed: number; reversed: number };
export type FourEyesRow = { kind: 'sanction' | 'section_closure' | 'host_ban' | 'agency_action'; approved: number; rejected: number };
export type IncidentRow = { id: string; title: string; risk: string; status: string; createdAt: string; disclosuresPublished: number; lastDisclosure: string | null };
export type AlertFigures = { raised: number; responded: number; p50: number | null; p95: number | null; byStatus: { status: string; n: number }[] };

export type Measures = {
  sanctions: SanctionRow[];
  fourEyes: FourEyesRow[];
  appeals: { filed: number; upheld: number; overturned: number };
  /**
   * Decisions taken back in the period: undone by their moderator within the undo window, or reversed
   * by a supervisor with a reason. Absent from reports stored before corrections existed.
   */
  corrections?: { undone: number; reversed: number };
  sections: { dispersed: number; closed: number };
  comments: { folded: number; removed: number };
  liveRoomsStopped: number;
  videos: { held: number; approved: number; rejected: number };
  incidents: IncidentRow[];
  /** Null when the alerts table does not exist in this database. */
  alerts: AlertFigures | null;
};

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const inPeriod = (column: SQL, p: Period) => sql`${column} >= ${ts(p.from)} and ${column} < ${ts(p.to)}`;
const fourEyesKinds: FourEyesRow['kind'][] = ['sanction', 'section_closure', 'host_ban', 'agency_action'];
const sanctionTypes: SanctionType[] = ['prepost_warning', 'warning', 'mute', 'dm_suspension', 'closure', 'registration_ban', 'referral'];

export async function loadMeasures(db: Executor, p: Period): Promise<Measures> {
  const [sanctionRows, fourEyes, counts, incidents, alerts] = await together(db, [
    () => queryRows<SanctionRow>(db, sql`
      select type::text as type,
        (count(*) filter (where status in ('active', 'ended', 'reversed') and ${inPeriod(sql`coalesce(starts_at, decided_at, proposed_at)`, p)}))::int as applied,
        (count(*) filter (where ${inPeriod(sql`proposed_at`, p)}))::int as proposed,
        (count(*) filter (where status = 'reversed' and ${inPeriod(sql`reversed_at`, p)}))::int as reversed
      from sanctions
      where ${inPeriod(sql`proposed_at`, p)} or ${inPeriod(sql`coalesce(starts_at, decided_at, proposed_at)`, p)} or ${inPeriod(sql`reversed_at`, p)}
      group by 1`),
    () => queryRows<FourEyesRow>(db, sql`
      select 'sanction' as kind, (count(*) filter (where status <> 'rejected'))::int as approved, (count(*) filter (where status = 'rejected'))::int as rejected
        from sanctions where decided_by is not null and ${inPeriod(sql`decided_at`, p)}
      union all
      select 'section_closure', (count(*) filter (where status = 'approved'))::int, (count(*) filter (where status = 'rejected'))::int
        from section_closures where ${inPeriod(sql`decided_at`, p)}
      union all
      select 'host_ban', (count(*) filter (where status = 'approved'))::int, (count(*) filter (where status = 'rejected'))::int
        from host_bans where ${inPeriod(sql`decided_at`, p)}
      union all
      select 'agency_action', (count(*) filter (where status in ('active', 'reversed')))::int, (count(*) filter (where status = 'rejected'))::int
        from agency_actions where ${inPeriod(sql`decided_at`, p)}`),
    () => queryRows<Record<string, number>>(db, sql`
      select
        (select count(*) from appeals where ${inPeriod(sql`filed_at`, p)})::int as appeals_filed,
        (select count(*) from appeals where status = 'upheld' and ${inPeriod(sql`decided_at`, p)})::int as appeals_upheld,
        (select count(*) from appeals where status = 'overturned' and ${inPeriod(sql`decided_at`, p)})::int as appeals_overturned,
        (select count(*) from decisions where undo_kind = 'undo' and ${inPeriod(sql`undone_at`, p)})::int as undone,
        (select count(*) from decisions where undo_kind = 'reversal' and ${inPeriod(sql`undone_at`, p)})::int as reversed,
        (select count(*) from section_dispersals where ${inPeriod(sql`dispersed_at`, p)})::int as dispersed,
        (select count(*) from sections where ${inPeriod(sql`closed_at`, p)})::int as closed,
        (select coalesce(sum(affected), 0) from comment_actions where kind = 'fold' and ${inPeriod(sql`acted_at`, p)})::int as folded,
        (select coalesce(sum(affected), 0) from comment_actions where kind = 'remove' and ${inPeriod(sql`acted_at`, p)})::int as removed,
        (select count(*) from live_rooms where ${inPeriod(sql`stopped_at`, p)})::int as stopped,
        (select count(*) from prepublication_videos where ${inPeriod(sql`received_at`, p)})::int as videos_held,
        (select count(*) from prepublication_videos where status = 'approved' and ${inPeriod(sql`decided_at`, p)})::int as videos_approved,
        (select count(*) from prepublication_videos where status = 'rejected' and ${inPeriod(sql`decided_at`, p)})::int as videos_rejected`),
    // Incidents open at any moment of the period, with the disclosures published for them in it.
    () => queryRows<IncidentRow>(db, sql`
      select i.id, i.title, i.risk::text as risk, i.status::text as status, to_char(i.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
        (select count(*) from disclosure_versions v join disclosures d on d.id = v.disclosure_id
          where d.incident_id = i.id and v.status = 'published' and ${inPeriod(sql`v.published_at`, p)})::int as "disclosuresPublished",
        (select to_char(max(v.published_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') from disclosure_versions v join disclosures d on d.id = v.disclosure_id
          where d.incident_id = i.id and v.status = 'published' and v.published_at < ${ts(p.to)}) as "lastDisclosure"
      from incidents i
      where i.created_at < ${ts(p.to)} and (i.closed_at is null or i.closed_at >= ${ts(p.from)})
      order by case i.risk when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end, i.created_at, i.id
      limit 200`),
    () => loadAlerts(db, p),
  ] as const);
  const c = counts[0];
  const byType = new Map(sanctionRows.map((r) => [r.type, r]));
  return {
    sanctions: sanctionTypes.map((type) => byType.get(type) ?? { type, applied: 0, proposed: 0, reversed: 0 }),
    fourEyes: fourEyesKinds.map((kind) => fourEyes.find((r) => r.kind === kind) ?? { kind, approved: 0, rejected: 0 }),
    appeals: { filed: c.appeals_filed, upheld: c.appeals_upheld, overturned: c.appeals_overturned },
    corrections: { undone: c.undone, reversed: c.reversed },
    sections: { dispersed: c.dispersed, closed: c.closed },
    comments: { folded: c.folded, removed: c.removed },
    liveRoomsStopped: c.stopped,
    videos: { held: c.videos_held, approved: c.videos_approved, rejected: c.videos_rejected },
    incidents,
    alerts,
  };
}

const responseColumns = ['acknowledged_at', 'responded_at', 'resolved_at'];

/**
 * Alerts come from the early-warning work, which may land before or after this: the section is read
 * only when an `alerts` table with `detected_at` exists, and time to response uses the first of
 * acknowledged_at / responded_at / resolved_at it has.
 */
async function loadAlerts(db: Executor, p: Period): Promise<AlertFigures | null> {
  const columns = (await queryRows<{ column_name: string }>(db, sql`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = 'alerts' and to_regclass('alerts') is not null`)).map((r) => r.column_name);
  if (!columns.includes('detected_at')) return null;
  const responded = responseColumns.find((c) => columns.includes(c));
  const respondedAt = responded ? sql.identifier(responded) : null;
  const secs = respondedAt ? sql`extract(epoch from ${respondedAt} - detected_at)::float8` : sql`null::float8`;
  const [row] = await queryRows<{ raised: number; responded: number; p50: number | null; p95: number | null }>(db, sql`
    select count(*)::int as raised,
      ${respondedAt ? sql`(count(${respondedAt}))::int` : sql`0`} as responded,
      percentile_cont(0.5) within group (order by ${secs}) as p50,
      percentile_cont(0.95) within group (order by ${secs}) as p95
    from alerts where ${inPeriod(sql`detected_at`, p)}`);
  const byStatus = columns.includes('status')
    ? await queryRows<{ status: string; n: number }>(db, sql`
        select status::text as status, count(*)::int as n from alerts where ${inPeriod(sql`detected_at`, p)} group by 1 order by 1`)
    : [];
  return { raised: row.raised, responded: row.responded, p50: row.p50 === null ? null : Number(row.p50), p95: row.p95 === null ? null : Number(row.p95), byStatus };
}
