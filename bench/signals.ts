import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { Pool } from 'pg';
import { useDatabase, type Database } from '@/db/client';
import { POST } from '@/app/api/v1/signals/route';
import { insertApiKey } from '@/lib/apikeys/create';
import { checkSignal } from '@/lib/signals/input';
import { toBuckets } from '@/lib/signals/buckets';
import { runDetector } from '@/lib/signals/run-detector';
import { noteNewMinutes } from '@/lib/signals/note';
import { signalKinds } from '@/db/schema/signals';
import { percentile } from './stats';

const MINUTE = 60_000;

/**
 * Batches as a platform would send them: each batch one minute of event time, 10,000 signals over
 * `keys` keys of all six kinds (a few hot keys, a long tail), with counts of 1 (each signal one event).
 */
function bodies(batches: number, size: number, keys: number, startMinute: number): string[] {
  return Array.from({ length: batches }, (_, b) => {
    const minute = startMinute + b;
    const signals = Array.from({ length: size }, (_, i) => {
      // Squaring a uniform draw skews towards low key numbers: hot keys and a long tail.
      const u = ((i * 2654435761 + b * 40503) % 1_000_003) / 1_000_003;
      const k = Math.floor(u * u * keys);
      return { kind: signalKinds[k % signalKinds.length], key: `bench-key-${k}`, at: new Date(minute * MINUTE + (i % 60) * 1000).toISOString() };
    });
    return JSON.stringify({ batchId: `bench-${minute}`, signals });
  });
}

/**
 * Signals per second through POST /api/v1/signals (the route handler with real Requests: API key,
 * JSON, per-signal checks, one upsert, batch id and audit row in one transaction), from 1 and from 4
 * concurrent clients, beside a bare `INSERT … SELECT FROM unnest … ON CONFLICT DO UPDATE` of the same
 * buckets into a copy of the table in the same run; then the worker's note of those batches and one
 * detector pass over what was ingested.
 */
export async function benchSignals(database: Database & { url: string }, opts: { batches?: number; size?: number; keys?: number } = {}) {
  const batches = opts.batches ?? 24;
  const size = opts.size ?? 10_000;
  const keys = opts.keys ?? 20_000;
  useDatabase(database);
  const { key } = await insertApiKey(database.db, 'bench signals', null);
  const startMinute = Math.floor((Date.now() - 2 * 86_400_000) / MINUTE);
  const all = bodies(batches * 2, size, keys, startMinute);
  const send = async (body: string) => {
    const res = await POST(new Request('http://bench/api/v1/signals', { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body }), { params: Promise.resolve({}) });
    if (res.status !== 200) throw new Error(`signals answered ${res.status}: ${await res.text()}`);
    return res.json() as Promise<{ accepted: number; buckets: number }>;
  };
  await send(bodies(1, 100, 10, startMinute - 5)[0]); // warm-up: connection, prepared paths

  const oneClient: number[] = [];
  let buckets = 0;
  const t1 = performance.now();
  for (const body of all.slice(0, batches)) {
    const t = performance.now();
    buckets += (await send(body)).buckets;
    oneClient.push(performance.now() - t);
  }
  const oneClientSeconds = (performance.now() - t1) / 1000;

  const t4 = performance.now();
  const rest = all.slice(batches);
  await Promise.all([0, 1, 2, 3].map(async (w) => { for (let i = w; i < rest.length; i += 4) await send(rest[i]); }));
  const fourClientsSeconds = (performance.now() - t4) / 1000;

  // Bare: the same buckets (aggregated the same way) into a copy of the table, nothing else.
  const pool = new Pool({ connectionString: database.url, max: 1 });
  await pool.query('create table signal_buckets_bare (like signal_buckets including all)');
  const prepared = all.slice(0, batches).map((body) => {
    const now = Date.now();
    const b = toBuckets((JSON.parse(body).signals as unknown[]).map((s) => checkSignal(s, now) as never));
    return [b.kinds, b.keys, b.minutes, b.counts];
  });
  const bare: number[] = [];
  const tb = performance.now();
  for (const params of prepared) {
    const t = performance.now();
    await pool.query(`insert into signal_buckets_bare (kind, key, minute, count) select * from unnest($1::text[], $2::text[], $3::int[], $4::int[])
      on conflict (kind, key, minute) do update set count = signal_buckets_bare.count + excluded.count`, params);
    bare.push(performance.now() - t);
  }
  const bareSeconds = (performance.now() - tb) / 1000;
  await pool.end();

  // What ingest no longer does per batch: the worker notes each key's new minutes, once per run.
  const tn = performance.now();
  const notedBatches = await noteNewMinutes(database.db);
  const noteSeconds = (performance.now() - tn) / 1000;

  const td = performance.now();
  const alerts = await runDetector(database.db);
  const detectorSeconds = (performance.now() - td) / 1000;
  const [{ n: stateRows }] = (await database.db.execute(sql`select count(*)::int as n from detector_state`) as unknown as { rows: { n: number }[] }).rows;

  const round = (n: number) => Math.round(n);
  const ms = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return { p50: Math.round(percentile(s, 50)), p95: Math.round(percentile(s, 95)) }; };
  return {
    batchSize: size, batches: batches * 2, keys, bucketsPerBatch: Math.round(buckets / batches),
    api: {
      oneClient: { signalsPerSecond: round((batches * size) / oneClientSeconds), batchMs: ms(oneClient) },
      fourClients: { signalsPerSecond: round((rest.length * size) / fourClientsSeconds) },
    },
    bareUpsert: { signalsPerSecond: round((batches * size) / bareSeconds), batchMs: ms(bare), note: 'same buckets, pre-aggregated, one statement per batch, no auth/validation/batch id/state/audit' },
    note: { batches: notedBatches, seconds: Math.round(noteSeconds * 100) / 100, signalsPerSecond: round((notedBatches * size) / noteSeconds), note: 'the worker reflecting the batches in detector_state (once per run, not per batch)' },
    detector: { keys: stateRows, minutes: batches * 2, seconds: Math.round(detectorSeconds * 100) / 100, keyMinutesPerSecond: round((stateRows * batches * 2) / detectorSeconds), alerts },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { freshBenchDatabase } = await import('./database');
  const database = await freshBenchDatabase('bulwark_bench_signals', 8);
  try {
    const result = { at: new Date().toISOString(), loadAverage: os.loadavg(), ...await benchSignals(database, { keys: Number(process.env.BENCH_SIGNAL_KEYS ?? 20_000) }) };
    console.log(JSON.stringify(result, null, 2));
    fs.mkdirSync(path.resolve('bench/results'), { recursive: true });
    fs.writeFileSync(path.resolve('bench/results', `signals-${result.keys}-keys-${result.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await database.close();
  }
}
