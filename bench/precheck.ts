import { pathToFileURL } from 'node:url';
import { useDatabase, type Db } from '@/db/client';
import { seedDemoLibrary } from '@/scripts/seed/demo-library';
import { insertApiKey } from '@/lib/apikeys/create';
import { forgetLoadedModel, servingModel } from '@/lib/model/loaded';
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

  const route: number[] = [];
  const bare: number[] = [];
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
    const t1 = performance.now();
    model!.classifier.classify(items.map((i) => i.text));
    const bareMs = performance.now() - t1;
    if (r >= 3) { route.push(routeMs); bare.push(bareMs); } // the first rounds warm the JIT and the pool
  }
  return { batchSize: size, route: summarize(route), bareClassify: summarize(bare), holds, target: { p95Ms: 150 } };
}

// Runnable alone: `npx tsx bench/precheck.ts` (Postgres at BENCH_DATABASE_URL or the local server).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const database = await freshBenchDatabase('bulwark_bench_precheck', 4);
  useDatabase(database);
  try {
    console.log(JSON.stringify(await benchPrecheck(database.db), null, 2));
  } finally {
    await database.close();
  }
}
