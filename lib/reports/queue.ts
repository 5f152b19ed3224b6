import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows, queryRowsPrepared } from '@/db/query';
import { PgDialect } from 'drizzle-orm/pg-core';
import { createHash } from 'node:crypto';
import { decodeCursor, encodeCursor, type QueueCursor } from './cursor';
import { COUNT_CAP, type QueueFilters } from './queue-filters';

export type QueueRow = {
  id: string;
  status: 'open' | 'escalated' | 'decided';
  channel: string;
  categoryId: string | null;
  involvesMinor: boolean;
  selfHarm: boolean;
  reportCount: number;
  reporterCount: number;
  priority: number;
  /** ISO times, so that rows cross the server-action boundary as plain JSON. */
  dueAt: string;
  createdAt: string;
  overdue: boolean;
  claimedBy: string | null;
  claimantName: string | null;
  leaseExpiresAt: string | null;
  /** Whom the case was assigned to (bulk assign), if anyone: not a lease, it does not expire. */
  assignedTo: string | null;
  assigneeName: string | null;
  decision: string | null;
  /** Plain text of the reported content, whitespace collapsed, cut short. */
  preview: string;
};
export type QueuePage = { rows: QueueRow[]; nextCursor: string | null };
export type QueueCounts = { open: number; minors: number; overdue: number; escalated: number };
/** What the list's refresh returns: the page and the header's counters. */
export type QueueSnapshot = QueuePage & { counts: QueueCounts };

export const PREVIEW_CHARS = 160;
const MINOR_PRIORITY = 1_000_000_000; // lib/reports/priority.ts: every minor's case sorts at or above this

const statusesFor = (s: QueueFilters['status']) => (s === 'undecided' ? ['open', 'escalated'] : [s]);
const literal = (status: string) => sql.raw(`'${status.replace(/[^a-z]/g, '')}'`);

function filterSql(f: QueueFilters, viewerId: string): SQL {
  const parts: SQL[] = [];
  if (f.channel) parts.push(sql`and channel = ${f.channel}`);
  if (f.category) parts.push(sql`and category_id = ${f.category}`);
  // The priority bound lets the index range skip every non-minor case.
  if (f.minors) parts.push(sql`and involves_minor and priority >= ${MINOR_PRIORITY}`);
  if (f.overdue) parts.push(sql`and due_at < now()`);
  if (f.mine) parts.push(sql`and (claimed_by = ${viewerId} or assigned_to = ${viewerId})`);
  return sql.join(parts, sql` `);
}

/**
 * Keyset page of the queue in claim order (priority desc, created_at, id); never OFFSET. Each status
 * and each side of the cursor is its own range scan on cases_queue_idx (the mixed sort directions
 * rule out one row comparison), merged and cut to the page.
 */
export async function listQueue(db: Executor, filters: QueueFilters, cursor: string | null, limit = 50, viewerId = ''): Promise<QueuePage> {
  const after = decodeCursor(cursor);
  const take = Math.min(Math.max(1, limit), 200) + 1;
  const filter = filterSql(filters, viewerId);
  const keysets: (SQL | null)[] = after ? keysetSides(after) : [null];
  const branches = statusesFor(filters.status).flatMap((status) =>
    keysets.map((k) => sql`(select * from cases where status = ${literal(status)} ${k ? sql`and ${k}` : sql``} ${filter}
      order by priority desc nulls last, created_at, id limit ${take})`),
  );
  const statement = sql`
    select q.id, q.status::text as status, q.channel::text as channel, q.category_id, q.involves_minor, q.self_harm,
      q.report_count, q.reporter_count, q.priority::float8 as priority, q.decision::text as decision,
      (extract(epoch from q.due_at) * 1000)::float8 as due_ms,
      (extract(epoch from q.created_at) * 1000)::float8 as created_ms,
      to_char(q.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key,
      (extract(epoch from q.lease_expires_at) * 1000)::float8 as lease_ms,
      q.due_at < now() as overdue, q.claimed_by, s.name as claimant_name, q.assigned_to, a.name as assignee_name,
      left(e.content->>'text', ${PREVIEW_CHARS * 2}) as preview
    from (${sql.join(branches, sql` union all `)}) q
    left join staff s on s.id = q.claimed_by
    left join staff a on a.id = q.assigned_to
    left join evidence_snapshots e on e.id = coalesce(q.first_evidence_id,
      (select r.evidence_id from reports r where r.case_id = q.id order by r.received_at limit 1))
    order by q.priority desc nulls last, q.created_at, q.id
    limit ${take}`;
  // Prepared per shape of the filters (a few dozen texts at most): planning the union and its joins
  // took about as long as running it.
  const rows = await queryRowsPrepared<RawRow>(db, `queue_${shapeKey(statement)}`, statement);
  const page = rows.slice(0, take - 1);
  const last = page[page.length - 1];
  return {
    rows: page.map(toQueueRow),
    nextCursor: rows.length === take ? encodeCursor({ priority: last.priority, createdAt: last.created_key, id: last.id }) : null,
  };
}

const dialect = new PgDialect();
/** A name for the statement's text: the same filters' shape, the same prepared statement. */
function shapeKey(statement: SQL): string {
  return createHash('sha1').update(dialect.sqlToQuery(statement).sql).digest('hex').slice(0, 16);
}

function keysetSides(c: QueueCursor): SQL[] {
  return [
    sql`priority = ${c.priority} and (created_at, id) > (${c.createdAt}::timestamptz, ${c.id}::uuid)`,
    sql`priority < ${c.priority}`,
  ];
}

/** The header's counters, each a capped index range scan so refreshing them stays cheap at any size. */
export async function queueCounts(db: Executor): Promise<QueueCounts> {
  const capped = (where: string) => sql.raw(`(select count(*) from (select 1 from cases where ${where} limit ${COUNT_CAP + 1}) c)::int`);
  const [row] = await queryRows<QueueCounts>(db, sql`select
    ${capped(`status = 'open'`)} as open,
    ${capped(`status = 'open' and involves_minor and priority >= ${MINOR_PRIORITY}`)} as minors,
    ${capped(`status <> 'decided' and due_at < now()`)} as overdue,
    ${capped(`status = 'escalated'`)} as escalated`);
  return row;
}

type RawRow = {
  id: string; status: QueueRow['status']; channel: string; category_id: string | null; involves_minor: boolean; self_harm: boolean;
  report_count: number; reporter_count: number; priority: number; decision: string | null; due_ms: number; created_ms: number;
  created_key: string; lease_ms: number | null; overdue: boolean; claimed_by: string | null; claimant_name: string | null;
  assigned_to: string | null; assignee_name: string | null; preview: string | null;
};

const iso = (ms: number) => new Date(ms).toISOString();

export function toPreview(text: string | null | undefined, max = PREVIEW_CHARS): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function toQueueRow(r: RawRow): QueueRow {
  return {
    id: r.id, status: r.status, channel: r.channel, categoryId: r.category_id, involvesMinor: r.involves_minor, selfHarm: r.self_harm,
    reportCount: r.report_count, reporterCount: r.reporter_count, priority: r.priority, decision: r.decision,
    dueAt: iso(r.due_ms), createdAt: iso(r.created_ms), overdue: r.overdue, claimedBy: r.claimed_by, claimantName: r.claimant_name,
    leaseExpiresAt: r.lease_ms == null ? null : iso(r.lease_ms), assignedTo: r.assigned_to, assigneeName: r.assignee_name,
    preview: toPreview(r.preview),
  };
}
