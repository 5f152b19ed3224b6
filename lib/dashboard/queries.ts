import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { daysBetween, type DashboardFilters } from './period';
import { fillDays, share, type DayCount, type DayRow } from './stats';

export type ModeratorThroughput = { staffId: string; name: string; decided: number; escalated: number; total: number };

export type DashboardFigures = {
  days: DayRow[];
  totals: { received: number; handled: number };
  /** Seconds from a case's first report to its first action, over cases first acted on in the period. */
  firstAction: { cases: number; p50: number | null; p95: number | null };
  /**
   * Minors' cases decided in the period, those decided by their deadline, and those still undecided whose
   * deadline passed in the period: every minor's case past its deadline is counted once, where it ended.
   */
  minors: { decided: number; onTime: number; missedOpen: number; share: number | null };
  overdue: { total: number; minors: number };
  moderators: ModeratorThroughput[];
};

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/**
 * Every figure on the supervisor dashboard for one period and channel, "now" fixed by the caller.
 * Three statements, run side by side: reports by receipt time, the period's decisions with their
 * cases, and undecided cases by due time.
 */
export async function loadDashboard(db: Executor, filters: DashboardFilters, opts: { now: Date; timeZone: string }): Promise<DashboardFigures> {
  const [received, decided, open] = await Promise.all([
    receivedPerDay(db, filters, opts.timeZone),
    decisionFigures(db, filters, opts.timeZone),
    openFigures(db, filters, opts.now),
  ]);
  const days = fillDays(daysBetween(filters.from, filters.to, opts.timeZone), received, decided.handled);
  const sum = (rows: DayCount[]) => rows.reduce((n, r) => n + r.n, 0);
  return {
    days,
    totals: { received: sum(received), handled: sum(decided.handled) },
    firstAction: decided.firstAction,
    minors: { ...decided.minors, missedOpen: open.minorsMissedOpen, share: share(decided.minors.onTime, decided.minors.decided + open.minorsMissedOpen) },
    overdue: { total: open.overdue, minors: open.overdueMinors },
    moderators: decided.moderators,
  };
}

const day = (column: SQL, timeZone: string) => sql`to_char(${column} at time zone ${timeZone}, 'YYYY-MM-DD')`;

// No index serves received_at, so at scale this reads all of reports; an index on reports (received_at) would make it a range.
async function receivedPerDay(db: Executor, f: DashboardFilters, timeZone: string): Promise<DayCount[]> {
  const channel = f.channel ? sql`and r.channel = ${f.channel}::channel` : sql``;
  return queryRows<DayCount>(db, sql`
    select ${day(sql`r.received_at`, timeZone)} as day, count(*)::int as n
    from reports r
    where r.received_at >= ${ts(f.from)} and r.received_at < ${ts(f.to)} ${channel}
    group by 1`);
}

type DecisionFigures = {
  handled: DayCount[];
  firstAction: DashboardFigures['firstAction'];
  minors: { decided: number; onTime: number };
  moderators: ModeratorThroughput[];
};

/**
 * Everything that follows from the period's decisions, in one statement. Decisions are reached through
 * decisions_staff_idx once per staff member: `offset 0` keeps the lateral subquery from being flattened
 * into one range on decided_at, which no index serves. Their cases are joined as the planner sees fit:
 * by primary key for a day or a week, one pass over cases for a month of a busy platform.
 * A case's first action is its first decision (the same transaction stamps both), so every case first
 * acted on in the period has a decision in the period. A case's created_at is its first report's
 * received_at (intake stamps both with one clock), so receipt needs no join to reports.
 */
async function decisionFigures(db: Executor, f: DashboardFilters, timeZone: string): Promise<DecisionFigures> {
  const channel = f.channel ? sql`where c.channel = ${f.channel}::channel` : sql``;
  const [row] = await queryRows<{ handled: unknown; moderators: unknown; first_action: unknown; minors: unknown }>(db, sql`
    with dc as materialized (
      select d.case_id, d.decided_by, d.action, d.decided_at, c.involves_minor, c.due_at, c.created_at, c.first_action_at
      from staff s
      cross join lateral (
        select case_id, decided_by, action, decided_at from decisions
        where decided_by = s.id and decided_at >= ${ts(f.from)} and decided_at < ${ts(f.to)}
        offset 0
      ) d
      join cases c on c.id = d.case_id
      ${channel}
    )
    select
      (select coalesce(json_agg(json_build_object('day', x.day, 'n', x.n)), '[]'::json) from (
        select ${day(sql`decided_at`, timeZone)} as day, count(*)::int as n from dc where action <> 'escalate' group by 1
      ) x) as handled,
      (select coalesce(json_agg(json_build_object('staffId', s.id, 'name', s.name, 'decided', x.decided, 'escalated', x.escalated,
          'total', x.decided + x.escalated) order by x.decided + x.escalated desc, s.name, s.id), '[]'::json)
        from (
          select decided_by, count(*) filter (where action <> 'escalate')::int as decided, count(*) filter (where action = 'escalate')::int as escalated
          from dc group by decided_by
        ) x join staff s on s.id = x.decided_by) as moderators,
      (select json_build_object('cases', count(*), 'p50', percentile_cont(0.5) within group (order by secs),
          'p95', percentile_cont(0.95) within group (order by secs))
        from (
          select min(extract(epoch from first_action_at - created_at))::float8 as secs from dc
          where first_action_at >= ${ts(f.from)} and first_action_at < ${ts(f.to)}
          group by case_id
        ) x) as first_action,
      (select json_build_object('decided', count(*), 'onTime', count(*) filter (where decided_at <= due_at))
        from dc where involves_minor and action <> 'escalate') as minors`);
  return {
    handled: json<DayCount[]>(row.handled),
    moderators: json<ModeratorThroughput[]>(row.moderators),
    firstAction: json<DashboardFigures['firstAction']>(row.first_action),
    minors: json<DecisionFigures['minors']>(row.minors),
  };
}

/** Undecided cases through cases_due_idx: overdue now, and minors' cases whose deadline passed in the period. */
async function openFigures(db: Executor, f: DashboardFilters, now: Date) {
  const channel = f.channel ? sql`and channel = ${f.channel}::channel` : sql``;
  const periodEnd = f.to < now ? f.to : now;
  const [row] = await queryRows<{ overdue: number; overdue_minors: number; minors_missed_open: number }>(db, sql`
    select count(*)::int as overdue,
           count(*) filter (where involves_minor)::int as overdue_minors,
           count(*) filter (where involves_minor and due_at >= ${ts(f.from)} and due_at < ${ts(periodEnd)})::int as minors_missed_open
    from cases
    where status <> 'decided' and due_at < ${ts(now)} ${channel}`);
  return { overdue: row.overdue, overdueMinors: row.overdue_minors, minorsMissedOpen: row.minors_missed_open };
}
