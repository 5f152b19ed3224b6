import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { Channel, DecisionAction } from '@/db/schema';
import { queryRows } from '@/db/query';
import { channels } from '@/lib/reports/queue-filters';
import { ROLLUP_TIME_ZONE, daysBetween, splitPeriod } from './period';
import { fillDays, histogramPercentile, share, type Bucket, type DayCount, type DayRow } from './stats';

/**
 * The one module that counts the work: the supervisor dashboard and the compliance reports both read
 * their figures here, so an inspector's report and the dashboard never disagree.
 *
 * Whole calendar days come from the daily rollups that triggers keep in the same transactions as the
 * rows (migration 0023); the partial days at a period's edges come from the rows through range
 * indexes. `source: 'raw'` reads everything from the rows (the bench's baseline, and tests that check
 * the rollups against the rows).
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

type Parts = { rollup: (channel: SQL) => SQL; rows: (column: SQL) => SQL };

function parts(f: FigureFilters, opts: FigureOptions): Parts {
  const useRollups = opts.source !== 'raw' && opts.timeZone === ROLLUP_TIME_ZONE;
  const split = useRollups ? splitPeriod(f.from, f.to, opts.timeZone) : { days: null, edges: f.to > f.from ? [[f.from, f.to] as [Date, Date]] : [] };
  return {
    rollup: (channel) => (split.days
      ? sql`day >= ${split.days.from}::date and day < ${split.days.to}::date ${f.channel ? sql`and ${channel} = ${f.channel}::channel` : sql``}`
      : sql`false`),
    rows: (column) => (split.edges.length
      ? sql`(${sql.join(split.edges.map(([a, b]) => sql`(${column} >= ${ts(a)} and ${column} < ${ts(b)})`), sql` or `)})`
      : sql`false`),
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
        select ${localDay(sql`r.received_at`, opts.timeZone)}, r.channel::text, coalesce(r.category_id, ''), count(*)::int
        from reports r where ${p.rows(sql`r.received_at`)} ${filters.channel ? sql`and r.channel = ${filters.channel}::channel` : sql``}
        group by 1, 2, 3
      ) x group by 1, 2, 3`),
    () => queryRows<DecisionRow>(db, sql`
      select day, channel, category_id, action, sum(n)::int as n, sum(minors)::int as minors, sum(minors_on_time)::int as minors_on_time from (
        select to_char(day, 'YYYY-MM-DD') as day, channel::text as channel, category_id, action::text as action, n, minors, minors_on_time
        from compliance_daily_decisions where ${p.rollup(sql`channel`)}
        union all
        select ${localDay(sql`d.decided_at`, opts.timeZone)}, c.channel::text, coalesce(c.category_id, ''), d.action::text, count(*)::int,
               (count(*) filter (where c.involves_minor and d.action <> 'escalate'))::int,
               (count(*) filter (where c.involves_minor and d.action <> 'escalate' and d.decided_at <= c.due_at))::int
        from decisions d cross join lateral (${caseOf}) c
        where ${p.rows(sql`d.decided_at`)} ${channelRows}
        group by 1, 2, 3, 4
      ) x group by 1, 2, 3, 4`),
    () => queryRows<ModeratorThroughput>(db, sql`
      select s.id as "staffId", s.name, sum(x.decided)::int as decided, sum(x.escalated)::int as escalated,
             sum(x.decided + x.escalated)::int as total
      from (
        select staff_id, decided, escalated from compliance_daily_staff where ${p.rollup(sql`channel`)}
        union all
        select d.decided_by, (count(*) filter (where d.action <> 'escalate'))::int, (count(*) filter (where d.action = 'escalate'))::int
        from decisions d cross join lateral (${caseOf}) c
        where ${p.rows(sql`d.decided_at`)} ${channelRows}
        group by 1
      ) x join staff s on s.id = x.staff_id
      group by s.id, s.name
      having sum(x.decided + x.escalated) > 0
      order by total desc, s.name, s.id`),
    () => queryRows<Bucket>(db, sql`
      select bucket, sum(n)::int as n, sum(secs)::float8 as secs from (
        select bucket, n, secs from compliance_daily_first_action where ${p.rollup(sql`channel`)}
        union all
        select compliance_bucket(extract(epoch from c.first_action_at - c.created_at)::float8), count(*)::int,
               sum(greatest(extract(epoch from c.first_action_at - c.created_at)::float8, 0))
        from cases c where c.first_action_at is not null and ${p.rows(sql`c.first_action_at`)} ${channelRows}
        group by 1
      ) x group by 1`),
    () => openFigures(db, filters, opts.now),
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

/** Undecided cases through cases_due_idx: overdue now, and minors' cases whose deadline passed in the period. */
async function openFigures(db: Executor, f: FigureFilters, now: Date) {
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
