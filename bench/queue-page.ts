import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { Pool } from 'pg';
import type { Db } from '@/db/client';
import { drizzle } from 'drizzle-orm/node-postgres';
import { claimNextCase } from '@/lib/reports/claim';
import { listQueue } from '@/lib/reports/queue';
import { queueFilters, type QueueFilters } from '@/lib/reports/queue-filters';
import { ensureClaimers, releaseClaims } from './claims';
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

/**
 * The queue's first page while `claimers` moderators claim as fast as they can (each claim through
 * claimNextCase, each by a moderator holding nothing, on their own connections), beside the bare
 * first-page SQL under the same load.
 */
export async function benchQueuePageUnderClaims(db: Db, url: string, opts: { claimers: number; rounds: number }) {
  const perClaimer = 10_000;
  const staff = await ensureClaimers(db, opts.claimers * perClaimer);
  await releaseClaims(db);
  const claimPool = new Pool({ connectionString: url, max: opts.claimers });
  const claimDb = drizzle(claimPool);
  let stop = false;
  let claims = 0;
  const t0 = performance.now();
  const load = Promise.all(Array.from({ length: opts.claimers }, async (_, w) => {
    for (let i = 0; !stop; i++) {
      if (await claimNextCase(claimDb as unknown as Db, staff[w * perClaimer + (i % perClaimer)], { queue: 'open' })) claims++;
    }
  }));
  const filters = queueFilters.parse({});
  const pool = new Pool({ connectionString: url, max: 1 });
  const bareText = new PgDialect().sqlToQuery(sql`select id, priority, created_at, channel, due_at from cases where status = 'open'
    order by priority desc nulls last, created_at, id limit 50`).sql;
  const ours: number[] = [];
  const bare: number[] = [];
  try {
    await new Promise((r) => setTimeout(r, 500));
    for (let r = 0; r < opts.rounds; r++) {
      ours.push((await timed(() => listQueue(db, filters, null, 50)))[1]);
      bare.push((await timed(() => pool.query(bareText)))[1]);
    }
  } finally {
    stop = true;
    await load;
    await claimPool.end();
    await pool.end();
  }
  const seconds = (performance.now() - t0) / 1000;
  return { claimers: opts.claimers, claimsPerSecondMeanwhile: Math.round(claims / seconds), firstPage: summarize(ours), bareSqlFirstPage: summarize(bare), target: 'p95 < 10 ms' };
}
