import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useDatabase, type Db } from '@/db/client';
import { seedDemoLibrary } from '@/scripts/seed/demo-library';
import { insertApiKey } from '@/lib/apikeys/create';
import { forgetLoadedModel, loadVersion, servingModel } from '@/lib/model/loaded';
import { precheckRoute } from '@/lib/model/precheck-route';
import { seedFirstModel } from '@/lib/model/store';
import { freshBenchDatabase } from './database';
import { summarize } from './stats';

const SAMPLES = [
  '你怎么还不去死？大家都讨厌你，你活着就是个笑话。', '这部电影剧本烂透了，导演完全不懂历史，浪费了好演员。',
  'The mayor awarded the contract to his brother-in-law’s firm without a tender.', 'you are trash, everyone go tell her what we think',
  '今天天气真好，一起去爬山吧', 'nice stream, love the music tonight', '傻-逼主播滚出去', '楼下那个大妈就是个蠢货，大家见到她就骂',
];

/**
 * POST /api/v1/precheck with 1,000 items per request, through the route handler itself (API key
 * lookup, JSON, zod, one transaction, outcomes insert; a model trained and promoted from the demo
 * library), beside the bare classify call (scores, no reasons) on the same 1,000 texts in the same run. Target p95 < 150 ms.
 * Holds are off (thresholds as seeded: few demo texts reach them), so the figure is the answer path.
 * Also stated: one-core classify throughput, model load from the database, and the process's memory.
 */
export async function benchPrecheck(db: Db, opts: { rounds?: number; size?: number } = {}) {
  const rounds = opts.rounds ?? 30;
  const size = opts.size ?? 1000;
  await seedDemoLibrary(db);
  await seedFirstModel(db);
  forgetLoadedModel();
  const { key } = await insertApiKey(db, 'bench precheck', null);
  const { model } = await servingModel(db);
  const batch = (r: number) => Array.from({ length: size }, (_, i) => ({
    id: `bench-${r}-${i}`, kind: (['comment', 'bullet', 'post', 'dm'] as const)[i % 4],
    text: `${SAMPLES[i % SAMPLES.length]} ${r}-${i}`, authorAccountId: `author-${i % 97}`,
  }));

  // Model load as the app does it: the promoted version's weights read from the database and deserialised.
  const loadMs: number[] = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); await loadVersion(db, model!.versionId); loadMs.push(performance.now() - t); }

  const route: number[] = [];
  const bare: number[] = [];
  let bareCpu = 0;
  let holds = 0;
  for (let r = 0; r < rounds + 3; r++) {
    const items = batch(r);
    const body = JSON.stringify({ items });
    const t0 = performance.now();
    const res = await precheckRoute(new Request('http://bench/api/v1/precheck', {
      method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body,
    }), { params: Promise.resolve({}) });
    const answer = (await res.json()) as { results: { decision: string }[] };
    const routeMs = performance.now() - t0;
    if (res.status !== 200) throw new Error(`precheck answered ${res.status}`);
    holds += answer.results.filter((a) => a.decision === 'hold').length;
    const cpu0 = process.cpuUsage();
    const t1 = performance.now();
    model!.classifier.classify(items.map((i) => i.text));
    const bareMs = performance.now() - t1;
    const cpu = process.cpuUsage(cpu0);
    if (r >= 3) { route.push(routeMs); bare.push(bareMs); bareCpu += (cpu.user + cpu.system) / 1e6; } // the first rounds warm the JIT and the pool
  }
  const memory = process.memoryUsage();
  const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
  return {
    batchSize: size, route: summarize(route), bareClassify: summarize(bare), holds,
    // One core: classify is synchronous on this process's one thread, so CPU seconds are core seconds.
    bareClassifyTextsPerCpuSecond: Math.round((rounds * size) / bareCpu),
    modelLoadMs: summarize(loadMs),
    memoryMb: { rss: mb(memory.rss), heapUsed: mb(memory.heapUsed), arrayBuffers: mb(memory.arrayBuffers) },
    target: { p95Ms: 150, textsPerSecond: 20_000, modelLoadMs: 1000 },
  };
}

// Runnable alone: `npx tsx bench/precheck.ts` (Postgres at BENCH_DATABASE_URL or the local server).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const database = await freshBenchDatabase('bulwark_bench_precheck', 4);
  useDatabase(database);
  try {
    const result = { at: new Date().toISOString(), loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10), precheck: await benchPrecheck(database.db) };
    console.log(JSON.stringify(result, null, 2));
    const dir = path.resolve('bench/results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `precheck-${result.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await database.close();
  }
}
