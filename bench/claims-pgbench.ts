import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { claimNextCase, nextClaimableId } from '@/lib/reports/claim';
import { ensureClaimers, releaseClaims } from './claims';
import { summarize } from './stats';

const STAFF = '00000000-0000-4000-8000-00000000beef';

/** The exact statement claimNextCase sends, with its staff parameter as a pgbench variable. */
function ourStatement(): string {
  // Records what claimNextCase hands to the driver (it runs as a named prepared statement).
  let captured: { sql: string; params: unknown[] } | undefined;
  const recorder = {
    dialect: new PgDialect(),
    session: { prepareQuery: (q: { sql: string; params: unknown[] }) => { captured = q; return { execute: async () => ({ rows: [] }) }; } },
  } as unknown as Executor;
  void claimNextCase(recorder, STAFF, { queue: 'open' });
  return inlineQuery(captured!);
}

const inline = (statement: SQL) => inlineQuery(new PgDialect().sqlToQuery(statement));

function inlineQuery({ sql: text, params }: { sql: string; params: unknown[] }): string {
  return text.replace(/\$(\d+)/g, (_, n) => {
    const value = params[Number(n) - 1];
    if (value === STAFF) return ':staff';
    return typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
  });
}

/**
 * Claims per second "at the database": pgbench (C, no Node on the client side of the two cores)
 * runs each claim statement from `clients` connections, every transaction as a moderator who holds
 * nothing yet. Ours is claimNextCase's exact SQL; the baseline is the bare SKIP LOCKED update. Both
 * are prepared statements, as claimNextCase's is (planning costs more than running it).
 */
export async function benchClaimsAtDatabase(db: Db, url: string, opts: { clients: number; seconds: number; rounds?: number; seededCases: number }) {
  await db.execute(sql`create sequence if not exists bench_claimer_seq`);
  // Claimers are picked by the sequence (restarted for each run); the staff FK needs the rows to exist.
  await ensureClaimers(db, 400_000);
  const pick = `SELECT md5('claimer' || nextval('bench_claimer_seq'))::uuid AS staff \\gset\n`;
  const bare = inline(sql`update cases set claimed_by = ${STAFF}::uuid, lease_expires_at = now() + interval '10 minutes'
    where id = (${nextClaimableId('open')}) returning id`);
  // The floor: the same update of one case picked at random by primary key (bench/seed-million.ts
  // names them), no walk at all: what any claim-shaped write of a case row costs on this machine at
  // this many clients (a non-HOT update of a row with 13 indexes, a commit each).
  const floor = `update cases set claimed_by = :staff::uuid, lease_expires_at = now() + interval '10 minutes'
    where id = md5('case' || :g)::uuid and claimed_by is null returning id`;
  const pickCase = `\\set g random(1, ${opts.seededCases})\n`;
  const run = async (name: string, statement: string, setup = '') => {
    // Every run starts from a vacuumed table: claimed rows leave dead entries at the head of the
    // claimable index until vacuum, which would otherwise penalise whichever run goes second; and
    // right after a checkpoint, so that every run writes the first full images of its pages alike.
    await releaseClaims(db);
    await db.execute(sql`checkpoint`);
    await db.execute(sql`alter sequence bench_claimer_seq restart`);
    const file = path.join(os.tmpdir(), `bulwark-${name}.sql`);
    fs.writeFileSync(file, `${pick}${setup}${statement.replace(/\s+/g, ' ')};\n`);
    // Every transaction's latency goes to a log (one file per thread), for the p99.
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `bulwark-${name}-`));
    const out = execFileSync('pgbench', ['-n', '-M', 'prepared', '-c', String(opts.clients), '-j', '2', '-T', String(opts.seconds),
      '-l', '--log-prefix', path.join(logDir, 'tx'), '-f', file, url], { encoding: 'utf8' });
    const latenciesMs = fs.readdirSync(logDir).flatMap((f) => fs.readFileSync(path.join(logDir, f), 'utf8').split('\n'))
      .filter(Boolean).map((line) => Number(line.split(' ')[2]) / 1000);
    fs.rmSync(logDir, { recursive: true, force: true });
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1] ?? NaN);
    const done = Number(/number of transactions actually processed: (\d+)/.exec(out)?.[1] ?? NaN);
    const failed = Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0);
    const [{ held }] = await queryRows<{ held: number }>(db, sql`select count(*)::int as held from cases where claimed_by is not null`);
    // Each transaction is a different claimer, so a case claimed twice would show as fewer held cases.
    return { tps, done, failed, held, latenciesMs };
  };
  // On a machine shared with other work the load changes from one run to the next: ours and bare take
  // turns going first (ours, bare, then bare, ours, …), the floor closes each round, and each side sums its runs.
  const rounds = opts.rounds ?? 6;
  const statements = { ours: ourStatement(), bare, floor };
  const runs: Record<keyof typeof statements, Awaited<ReturnType<typeof run>>[]> = { ours: [], bare: [], floor: [] };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['ours', 'bare', 'floor'] as const) : (['bare', 'ours', 'floor'] as const);
    for (const side of order) runs[side].push(await run(side, statements[side], side === 'floor' ? pickCase : ''));
  }
  const figures = (xs: Awaited<ReturnType<typeof run>>[]) => {
    const claims = xs.reduce((n, x) => n + x.done, 0);
    const failed = xs.reduce((n, x) => n + x.failed, 0);
    return {
      claimsPerSecond: Math.round(xs.reduce((n, x) => n + x.tps, 0) / xs.length), claims, failed,
      duplicates: xs.reduce((n, x) => n + (x.done - x.failed - x.held), 0),
      perRun: xs.map((x) => Math.round(x.tps)),
      latencyMs: summarize(xs.flatMap((x) => x.latenciesMs)),
    };
  };
  const ours = figures(runs.ours);
  const bareSql = figures(runs.bare);
  const floorFigures = figures(runs.floor);
  const ratios = runs.ours.map((o, i) => Math.round((o.tps / runs.bare[i].tps) * 100) / 100);
  return {
    clients: opts.clients,
    seconds: opts.seconds,
    rounds,
    ours,
    bareSql,
    // A write of one case row by primary key, no walk: the p99 no claim design on this table beats here.
    floorByPrimaryKey: { writesPerSecond: floorFigures.claimsPerSecond, perRun: floorFigures.perRun, latencyMs: floorFigures.latencyMs },
    ratioToBare: Math.round((ours.claimsPerSecond / bareSql.claimsPerSecond) * 100) / 100,
    ratiosPerRound: ratios,
    medianRatio: median(ratios),
    target: '>= 0.9 of the bare statement, p99 < 15 ms, 0 duplicates',
  };
}

function median(xs: number[]): number {
  const sorted = xs.slice().sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? Math.round(((sorted[mid - 1] + sorted[mid]) / 2) * 100) / 100 : sorted[Math.floor(mid)];
}
