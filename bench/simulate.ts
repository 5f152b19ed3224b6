import fs from 'node:fs';
import path from 'node:path';
import { useDatabase, type Database } from '@/db/client';
import { insertApiKey } from '@/lib/apikeys/create';
import { createApiClient } from '@/lib/api-client';
import { inProcessFetch } from '@/scripts/simulate/in-process';
import { runSimulation, type SimulationResult } from '@/scripts/simulate/run';
import { percentile } from '@/scripts/simulate/stats';

/**
 * The simulator as load: `clients` platforms (one seed each) play a scenario at once, event time
 * running `speed` times faster than the wall clock, through the real route handlers in-process on
 * Postgres. Beside it, in the same run, the floor of any platform request: an authenticated read that finds nothing
 * (GET /reports/status of an unknown id: key check, zod, one transaction).
 */
export async function benchSimulate(database: Database, opts: { scenario?: 'pile-on' | 'quiet'; clients: number; duration: number; rate: number; speed: number }) {
  useDatabase(database);
  const { key } = await insertApiKey(database.db, 'bench simulator', null);
  const doFetch = await inProcessFetch();
  const scenario = opts.scenario ?? 'pile-on';
  const t0 = performance.now();
  const runs: SimulationResult[] = await Promise.all(Array.from({ length: opts.clients }, (_, i) => runSimulation({
    url: 'http://bench.test', key, scenario, seed: 900_000 + i, rate: opts.rate, duration: opts.duration, speed: opts.speed, fetch: doFetch,
  })));
  const seconds = (performance.now() - t0) / 1000;
  const events = runs.reduce((n, r) => n + r.summary.items, 0);
  const requests = runs.reduce((n, r) => n + r.summary.requests, 0);
  const byRoute = new Map<string, number[]>();
  // Per-route answer times gathered again from each run's own figures is lossy (p50 of p50s), so
  // the bench replays one client alone below for exact per-route percentiles.
  const alone = await runSimulation({ url: 'http://bench.test', key, scenario, seed: 999_999, rate: opts.rate, duration: opts.duration, speed: opts.speed, fetch: doFetch });
  for (const r of alone.summary.routes) byRoute.set(r.route, [r.p50, r.p95, r.requests]);

  const floor: number[] = [];
  const client = createApiClient({ baseUrl: 'http://bench.test', key, fetch: doFetch, onAnswer: ({ ms }) => void floor.push(ms) });
  for (let i = 0; i < 200; i++) await client.readReportStatus([`bench-unknown-${i}`]);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    scenario, clients: opts.clients, speed: opts.speed, eventSeconds: opts.duration, backgroundRate: opts.rate,
    concurrent: { events, requests, seconds: round(seconds), eventsPerSecond: round(events / seconds), requestsPerSecond: round(requests / seconds), failures: runs.flatMap((r) => r.failures).length },
    oneClient: {
      eventsPerSecond: round(alone.summary.itemsPerSecond),
      routes: Object.fromEntries([...byRoute].map(([route, [p50, p95, n]]) => [route, { requests: n, p50: round(p50), p95: round(p95) }])),
    },
    bareAuthenticatedRead: { requests: floor.length, p50: round(percentile(floor, 0.5)), p95: round(percentile(floor, 0.95)) },
  };
}

// `npx tsx bench/simulate.ts`: this section alone, on its own fresh database.
if (import.meta.url === `file://${path.resolve(process.argv[1] ?? '')}`) {
  const { freshBenchDatabase } = await import('./database');
  const clients = Number(process.env.BENCH_SIM_CLIENTS ?? 4);
  const database = await freshBenchDatabase('bulwark_bench_simulate', clients + 4);
  try {
    const result = { at: new Date().toISOString(), simulate: await benchSimulate(database, { clients, duration: Number(process.env.BENCH_SIM_SECONDS ?? 600), rate: Number(process.env.BENCH_SIM_RATE ?? 2), speed: Number(process.env.BENCH_SIM_SPEED ?? 30) }) };
    console.log(JSON.stringify(result, null, 2));
    const dir = path.resolve('bench/results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `simulate-${result.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await database.close();
  }
}
