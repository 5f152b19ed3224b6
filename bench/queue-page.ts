import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { Pool } from 'pg';
import type { Db } from '@/db/client';
import { listQueue } from '@/lib/reports/queue';
import { queueFilters, type QueueFilters } from '@/lib/reports/queue-filters';
import { summarize, timed } from './stats';

const scenarios: { name: string; filters: Partial<QueueFilters>; pages: number }[] = [
  { name: 'first page', filters: {}, pages: 1 },
  { name: 'minors only', filters: { minors: true }, pages: 1 },
  { name: 'overdue, comments', filters: { overdue: true, channel: 'comment' }, pages: 1 },
  { name: 'all undecided', filters: { status: 'undecided' }, pages: 1 },
  { name: 'pages 1-40 by cursor', filters: {}, pages: 40 },
];

/** Queue page latency (50 rows) through lib/reports/queue.ts beside the bare first-page SQL. */
export async function benchQueuePage(db: Db, url: string, rounds: number) {
  const ours: Record<string, ReturnType<typeof summarize>> = {};
  for (const s of scenarios) {
    const filters = queueFilters.parse(s.filters);
    const samples: number[] = [];
    for (let r = 0; r < rounds; r++) {
      let cursor: string | null = null;
      for (let p = 0; p < s.pages; p++) {
        const [page, ms] = await timed(() => listQueue(db, filters, cursor, 50));
        samples.push(ms);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
    }
    ours[s.name] = summarize(samples);
  }

  const pool = new Pool({ connectionString: url, max: 1 });
  const bare = new PgDialect().sqlToQuery(sql`select id, priority, created_at, channel, due_at from cases where status = 'open'
    order by priority desc nulls last, created_at, id limit 50`).sql;
  const samples: number[] = [];
  for (let r = 0; r < rounds * 5; r++) samples.push((await timed(() => pool.query(bare)))[1]);
  await pool.end();
  return { rowsPerPage: 50, ours, bareSqlFirstPage: summarize(samples), target: 'p95 < 10 ms' };
}
