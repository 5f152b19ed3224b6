import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { Channel, DecisionAction } from '@/db/schema';
import { queryRows } from '@/db/query';
import { channels } from '@/lib/reports/queue-filters';
import { daysBetween, splitPeriod, type PeriodSplit } from './period';
import { fillDays, histogramPercentile, share, type Bucket, type DayCount, type DayRow } from './stats';

/**
 * The one module that counts the work: the supervisor dashboard and the compliance reports both read
 * their figures here, so an inspector's report and the dashboard never disagree.
 *
 * Whole calendar days come from the daily rollups that triggers keep in the same transactions as the
 * rows (migration 0023), the whole hours of the partial days at a period's edges from the hourly
 * rollups kept beside them (0029), and the minutes before the first and after the last whole hour
 * from the rows through range indexes (see splitPeriod). `source: 'raw'` reads everything from the
 * rows (the bench's baseline, and tests that check the rollups against the rows). A decision later
 * undone or reversed counts nowhere (migration 0033 takes it out of the rollups when it is undone).
 */
export type FigureFilters = { from: Date; to: Date; channel: Channel | null };
export type FigureOptions = { now: Date; timeZone: string; source?: 'rollup' | 'raw' };

export type ModeratorThroughput = { staffId: string; name: string; decided: number; escalated: number; total: number };
export type ChannelCategoryRow = { channel: Channel; categoryId: string | null; received: number; handled: number };

export type DashboardFigures = {
  days: DayRow[];
  totals: { received: number; handled: number };
  /** Reports received and final decisions taken, by the case's channel and category. */
  byChannelCategory: ChannelCategoryRow[];
  /** Decisions taken in the period by action (escalations included: they are not outcomes). */
  outcomes: Record<DecisionAction, number>;
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
const localDay = (column: SQL, timeZone: string) => sql`to_char(${column} at time zone ${timeZone}, 'YYYY-MM-DD')`;

// A partial day holds a few thousand decisions: each finds its case by primary key. `offset 0` keeps
// the planner from flattening this into a hash join that reads every case.
const caseOf = sql`select c.channel, c.category_id, c.involves_minor, c.due_at from cases c where c.id = d.case_id offset 0`;

type Parts = { rollup: (channel: SQL) => SQL; hourly: (channel: SQL) => SQL; rows: (column: SQL) => SQL };

const inRanges = (column: SQL, ranges: [Date, Date][]) => (ranges.length
  ? sql`(${sql.join(ranges.map(([a, b]) => sql`(${column} >= ${ts(a)} and ${column} < ${ts(b)})`), sql` or `)})`
  : sql`false`);

function parts(f: FigureFilters, opts: FigureOptions): Parts {
  const split: PeriodSplit = opts.source === 'raw'
    ? { days: null, hours: [], edges: f.to > f.from ? [[f.from, f.to]] : [] }
    : splitPeriod(f.from, f.to, opts.timeZone);
  const channelIs = (channel: SQL) => (f.channel ? sql`and ${channel} = ${f.channel}::channel` : sql``);
  return {
    rollup: (channel) => (split.days
      ? sql`day >= ${split.days.from}::date and day < ${split.days.to}::date ${channelIs(channel)}`
      : sql`false`),
    hourly: (channel) => (split.hours.length ? sql`${inRanges(sql`hour`, split.hours)} ${channelIs(channel)}` : sql`false`),
    rows: (column) => inRanges(column, split.edges),
  };
}

type ReceivedRow = { day: string; channel: Channel; category_id: string; n: number };
type DecisionRow = ReceivedRow & { action: DecisionAction; minors: number; minors_on_time: number };

export async function loadDashboard(db: Executor, filters: FigureFilters, opts: FigureOptions): Promise<DashboardFigures> {
  const p = parts(filters, opts);
  const channelRows = filters.channel ? sql`and c.channel = ${filters.channel}::channel` : sql``;
  const [received, decided, moderators, buckets, open] = await together(db, [
    () => queryRows<ReceivedRow>(db, sql`
      select day, channel, category_id, sum(n)::int as n from (
        select to_char(day, 'YYYY-MM-DD') as day, channel::text as channel, category_id, n
        from compliance_daily_received where ${p.rollup(sql`channel`)}
        union all
        select ${localDay(sql`hour`, opts.timeZone)}, channel::text, category_id, n
        from compliance_hourly_received where ${p.hourly(sql`channel`)}
        union all
        select ${localDay(sql`r.received_at`, opts.timeZone)}, r.channel::text, coalesce(r.category_id, ''), count(*)::int
        from reports r where ${p.rows(sql`r.received_at`)} ${filters.channel ? sql`and r.channel = ${filters.channel}::channel` : sql``}
        group by 1, 2, 3
      ) x group by 1, 2, 3`),
    () => queryRows<DecisionRow>(db, sql`
      select day, channel, category_id, action, sum(n)::int as n, sum(minors)::int as minors, sum(minors_on_time)::int as minors_on_time from (
        select to_char(day, 'YYYY-MM-DD') as day, channel::text as channel, category_id, action::text as action, n, minors, minors_on_time
        from compliance_daily_decisions where ${p.rollup(sql`channel`)}
        union all
        select ${localDay(sql`hour`, opts.timeZone)}, channel::text, category_id, action::text, n, minors, minors_on_time
        from compliance_hourly_decisions where ${p.hourly(sql`channel`)}
        union all
        select ${localDay(sql`d.decided_at`, opts.timeZone)}, c.channel::text, coalesce(c.category_id, ''), d.action::text, count(*)::int,
               (count(*) filter (where c.involves_minor and d.action <> 'escalate'))::int,
               (count(*) filter (where c.involves_minor and d.action <> 'escalate' and d.decided_at <= c.due_at))::int
        from decisions d cross join lateral (${caseOf}) c
        where ${p.rows(sql`d.decided_at`)} and d.undone_at is null ${channelRows}
        group by 1, 2, 3, 4
      ) x group by 1, 2, 3, 4`),
    () => queryRows<ModeratorThroughput>(db, sql`
      select s.id as "staffId", s.name, sum(x.decided)::int as decided, sum(x.escalated)::int as escalated,
             sum(x.decided + x.escalated)::int as total
      from (
        select staff_id, decided, escalated from compliance_daily_staff where ${p.rollup(sql`channel`)}
        union all
        select staff_id, decided, escalated from compliance_hourly_staff where ${p.hourly(sql`channel`)}
        union all
        select d.decided_by, (count(*) filter (where d.action <> 'escalate'))::int, (count(*) filter (where d.action = 'escalate'))::int
        from decisions d cross join lateral (${caseOf}) c
        where ${p.rows(sql`d.decided_at`)} and d.undone_at is null ${channelRows}
        group by 1
      ) x join staff s on s.id = x.staff_id
      group by s.id, s.name
      having sum(x.decided + x.escalated) > 0
      order by total desc, s.name, s.id`),
    () => queryRows<Bucket>(db, sql`
      select bucket, sum(n)::int as n, sum(secs)::float8 as secs from (
        select bucket, n, secs from compliance_daily_first_action where ${p.rollup(sql`channel`)}
        union all
        select bucket, n, secs from compliance_hourly_first_action where ${p.hourly(sql`channel`)}
        union all
        select compliance_bucket(extract(epoch from c.first_action_at - c.created_at)::float8), count(*)::int,
               sum(greatest(extract(epoch from c.first_action_at - c.created_at)::float8, 0))
        from cases c where c.first_action_at is not null and ${p.rows(sql`c.first_action_at`)} ${channelRows}
        group by 1
      ) x group by 1`),
    () => openFigures(db, filters, opts),
  ] as const);
  return assemble(filters, opts, received, decided, moderators, buckets, open);
}

function assemble(
  filters: FigureFilters, opts: FigureOptions, received: ReceivedRow[], decided: DecisionRow[], moderators: ModeratorThroughput[],
  buckets: Bucket[], open: Awaited<ReturnType<typeof openFigures>>,
): DashboardFigures {
  const perDay = (rows: { day: string; n: number }[]): DayCount[] => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(r.day, (m.get(r.day) ?? 0) + r.n);
    return [...m].map(([day, n]) => ({ day, n }));
  };
  const handledRows = decided.filter((r) => r.action !== 'escalate');
  const days = fillDays(daysBetween(filters.from, filters.to, opts.timeZone), perDay(received), perDay(handledRows));
  const sum = (rows: { n: number }[]) => rows.reduce((n, r) => n + r.n, 0);

  const cells = new Map<string, ChannelCategoryRow>();
  const cell = (channel: Channel, category: string) => {
    const key = `${channel}\u0000${category}`;
    if (!cells.has(key)) cells.set(key, { channel, categoryId: category || null, received: 0, handled: 0 });
    return cells.get(key)!;
  };
  for (const r of received) cell(r.channel, r.category_id).received += r.n;
  for (const r of handledRows) cell(r.channel, r.category_id).handled += r.n;
  const byChannelCategory = [...cells.values()].sort((a, b) =>
    channels.indexOf(a.channel) - channels.indexOf(b.channel) || (a.categoryId ?? '').localeCompare(b.categoryId ?? ''));

  const outcomes: Record<DecisionAction, number> = { not_violation: 0, fold: 0, remove: 0, warn: 0, escalate: 0 };
  for (const r of decided) outcomes[r.action] += r.n;

  const minorsDecided = decided.reduce((n, r) => n + r.minors, 0);
  const minorsOnTime = decided.reduce((n, r) => n + r.minors_on_time, 0);
  return {
    days,
    totals: { received: sum(received), handled: sum(handledRows) },
    byChannelCategory,
    outcomes,
    firstAction: { cases: sum(buckets), p50: histogramPercentile(buckets, 0.5), p95: histogramPercentile(buckets, 0.95) },
    minors: { decided: minorsDecided, onTime: minorsOnTime, missedOpen: open.minorsMissedOpen, share: share(minorsOnTime, minorsDecided + open.minorsMissedOpen) },
    overdue: { total: open.overdue, minors: open.overdueMinors },
    moderators,
  };
}

/**
 * Runs the statements side by side on a pool; one after another inside a transaction, whose single
 * connection takes one statement at a time.
 */
export async function together<T extends readonly (() => Promise<unknown>)[]>(db: Executor, thunks: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  type Out = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
  if (!('rollback' in db)) return (await Promise.all(thunks.map((f) => f()))) as Out;
  const out: unknown[] = [];
  for (const f of thunks) out.push(await f());
  return out as Out;
}

/**
 * Overdue now, and minors' cases whose deadline passed in the period while still undecided. From the
 * rows these count every undecided case past its deadline (390k index entries at 1M reports), so
 * whole UTC hours of deadlines come from compliance_open_due_hourly (0029) and only the minutes of
 * the current hour (and of the period's ragged edges) from the rows, through cases_open_due_covering_idx.
 */
async function openFigures(db: Executor, f: FigureFilters, opts: FigureOptions) {
  const channel = f.channel ? sql`and channel = ${f.channel}::channel` : sql``;
  const now = opts.now;
  const periodEnd = f.to < now ? f.to : now;
  type Row = { overdue: number; overdue_minors: number; minors_missed_open: number };
  if (opts.source === 'raw') {
    const [row] = await queryRows<Row>(db, sql`
      select count(*)::int as overdue,
             count(*) filter (where involves_minor)::int as overdue_minors,
             count(*) filter (where involves_minor and due_at >= ${ts(f.from)} and due_at < ${ts(periodEnd)})::int as minors_missed_open
      from cases
      where status <> 'decided' and due_at < ${ts(now)} ${channel}`);
    return { overdue: row.overdue, overdueMinors: row.overdue_minors, minorsMissedOpen: row.minors_missed_open };
  }
  // Deadlines are instants: whole UTC hours whatever the console's time zone.
  const thisHour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const missed = splitPeriod(f.from, periodEnd, 'UTC', { daily: false });
  const [row] = await queryRows<Row>(db, sql`
    with hours as (
      select coalesce(sum(n), 0)::int as overdue, coalesce(sum(minors), 0)::int as overdue_minors,
             coalesce(sum(minors) filter (where ${inRanges(sql`hour`, missed.hours)}), 0)::int as minors_missed_open
      from compliance_open_due_hourly where hour < ${ts(thisHour)} ${channel}
    ), rows as (
      select count(*) filter (where due_at >= ${ts(thisHour)})::int as overdue,
             count(*) filter (where due_at >= ${ts(thisHour)} and involves_minor)::int as overdue_minors,
             count(*) filter (where involves_minor and ${inRanges(sql`due_at`, missed.edges)})::int as minors_missed_open
      from cases
      where status <> 'decided' and due_at < ${ts(now)} and (due_at >= ${ts(thisHour)} or ${inRanges(sql`due_at`, missed.edges)}) ${channel}
    )
    select hours.overdue + rows.overdue as overdue, hours.overdue_minors + rows.overdue_minors as overdue_minors,
           hours.minors_missed_open + rows.minors_missed_open as minors_missed_open
    from hours, rows`);
  return { overdue: row.overdue, overdueMinors: row.overdue_minors, minorsMissedOpen: row.minors_missed_open };
}
