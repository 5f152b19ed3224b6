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
 * first-page SQL under the same load. With `claimsPerSecondEach`, each claimer keeps to that pace
 * instead (one a second is still sixty times a moderator's pace of about one case a minute).
 */
export async function benchQueuePageUnderClaims(db: Db, url: string, opts: { claimers: number; rounds: number; claimsPerSecondEach?: number }) {
  const perClaimer = 10_000;
  const staff = await ensureClaimers(db, opts.claimers * perClaimer);
  await releaseClaims(db);
  const claimPool = new Pool({ connectionString: url, max: opts.claimers });
  const claimDb = drizzle(claimPool);
  let stop = false;
  let claims = 0;
  const t0 = performance.now();
  const load = Promise.all(Array.from({ length: opts.claimers }, async (_, w) => {
    const gapMs = opts.claimsPerSecondEach ? 1000 / opts.claimsPerSecondEach : 0;
    // Paced claimers start spread over one gap, so that their claims do not arrive in bursts.
    if (gapMs) await new Promise((r) => setTimeout(r, (w / opts.claimers) * gapMs));
    for (let i = 0; !stop; i++) {
      const started = performance.now();
      if (await claimNextCase(claimDb as unknown as Db, staff[w * perClaimer + (i % perClaimer)], { queue: 'open' })) claims++;
      const rest = gapMs - (performance.now() - started);
      if (rest > 0 && !stop) await new Promise((r) => setTimeout(r, rest));
    }
  }));
  const filters = queueFilters.parse({});
  const pool = new Pool({ connectionString: url, max: 1 });
  const bareText = new PgDialect().sqlToQuery(sql`select id, priority, created_at, channel, due_at from cases where status = 'open'
    order by priority desc nulls last, created_at, id limit 50`).sql;
  const ours: number[] = [];
  const bare: number[] = [];
  try {
    // Paced claimers need a whole gap to all be under way; the pages are then read over several
    // seconds (20 ms apart) rather than in one burst between two rounds of claims.
    const paced = Boolean(opts.claimsPerSecondEach);
    await new Promise((r) => setTimeout(r, paced ? 1000 / opts.claimsPerSecondEach! + 500 : 500));
    for (let r = 0; r < opts.rounds; r++) {
      ours.push((await timed(() => listQueue(db, filters, null, 50)))[1]);
      bare.push((await timed(() => pool.query(bareText)))[1]);
      if (paced) await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    stop = true;
    await load;
    await claimPool.end();
    await pool.end();
  }
  const seconds = (performance.now() - t0) / 1000;
  return { claimers: opts.claimers, claimsPerSecondEach: opts.claimsPerSecondEach ?? null, claimsPerSecondMeanwhile: Math.round(claims / seconds), firstPage: summarize(ours), bareSqlFirstPage: summarize(bare), target: 'p95 < 10 ms' };
}
