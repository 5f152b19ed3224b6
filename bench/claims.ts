import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { Pool } from 'pg';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/query';
import { claimNextCase, nextClaimableId } from '@/lib/reports/claim';

/**
 * Claims per second with `workers` concurrent claimers for `seconds`, through lib/reports/claim.ts
 * in a transaction each (what the claim-next action runs), beside the bare claim statement on a
 * plain pg pool (prepared too, as ours is). Every claim uses a staff member who holds nothing, as a
 * fresh moderator would.
 */
export async function benchClaims(db: Db, url: string, opts: { workers: number; seconds: number }) {
  const perWorker = 3_000;
  const staffIds = await ensureClaimers(db, opts.workers * perWorker * 3);
  const slice = (k: number) => (w: number, i: number) => staffIds[(k * opts.workers + w) * perWorker + i];
  // The statement alone (autocommit: it is atomic by itself), and wrapped in a transaction as the action
  // runs it; each run starts from a vacuumed table with nothing held (see claims-pgbench.ts).
  const vacuumed = () => releaseClaims(db);
  await vacuumed();
  const ours = await run(opts, slice(0), async (staffId) => (await claimNextCase(db, staffId, { queue: 'open' }))?.id ?? null);
  await vacuumed();
  const oursInTransaction = await run(opts, slice(1), (staffId) =>
    db.transaction(async (tx) => (await claimNextCase(tx, staffId, { queue: 'open' }))?.id ?? null));

  const pool = new Pool({ connectionString: url, max: opts.workers });
  const bare = sql`update cases set claimed_by = $1, lease_expires_at = now() + interval '10 minutes'
    where id = (${nextClaimableId('open')}) returning id`;
  const bareText = new PgDialect().sqlToQuery(bare).sql;
  await vacuumed();
  const baseline = await run(opts, slice(2), async (staffId) =>
    (await pool.query<{ id: string }>({ name: 'bare_claim', text: bareText, values: [staffId] })).rows[0]?.id ?? null);
  await pool.end();

  const figures = (r: { ids: string[]; elapsed: number }) => ({
    claims: r.ids.length, perSecond: Math.round(r.ids.length / r.elapsed), duplicates: r.ids.length - new Set(r.ids).size,
  });
  return {
    workers: opts.workers,
    seconds: opts.seconds,
    ours: figures(ours),
    oursInTransaction: figures(oursInTransaction),
    bareSql: figures(baseline),
    duplicatesAcrossAll: [ours, oursInTransaction, baseline].reduce((n, r) => n + r.ids.length - new Set(r.ids).size, 0),
    ratioToBare: Math.round((ours.ids.length / ours.elapsed / (baseline.ids.length / baseline.elapsed)) * 100) / 100,
    target: '>= 5000 claims/s, 0 duplicates',
  };
}

async function run(opts: { workers: number; seconds: number }, staffFor: (w: number, i: number) => string, claim: (staffId: string) => Promise<string | null>) {
  // A second's warm-up first, not counted: every connection opened and its statements prepared.
  const warm = performance.now() + 1000;
  await Promise.all(Array.from({ length: opts.workers }, async (_, w) => {
    for (let i = 0; performance.now() < warm; i++) await claim(staffFor(w, 2_000 + i));
  }));
  const ids: string[] = [];
  const deadline = performance.now() + opts.seconds * 1000;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.workers }, async (_, w) => {
    for (let i = 0; performance.now() < deadline; i++) {
      const id = await claim(staffFor(w, i));
      if (id) ids.push(id);
    }
  }));
  return { ids, elapsed: (performance.now() - t0) / 1000 };
}

/**
 * Moderators for the claim benchmarks, `md5('claimer' || g)` for g = 1…n (pgbench computes the same
 * ids), created once per database; releaseClaims frees them between runs.
 */
export async function ensureClaimers(db: Db, n: number): Promise<string[]> {
  await db.execute(sql`insert into staff (id, email, name, role, password_hash)
    select md5('claimer' || g)::uuid, 'pgb' || g || '@bench.test', 'Claimer', 'moderator', 'x' from generate_series(1, ${n}::int) g
    on conflict do nothing`);
  const rows = await queryRows<{ id: string }>(db, sql`select md5('claimer' || g)::uuid::text as id from generate_series(1, ${n}::int) g order by g`);
  return rows.map((r) => r.id);
}

/**
 * Hands every held case back and vacuums: each claim run starts with nothing held and without the
 * dead index entries the previous run left at the head of the claimable index.
 */
export async function releaseClaims(db: Db) {
  await db.execute(sql`update cases set claimed_by = null, lease_expires_at = null where claimed_by is not null`);
  await db.execute(sql`vacuum analyze cases`);
}
