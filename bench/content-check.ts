import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/query';
import { checkTexts } from '@/lib/library/check-texts';
import { LOOKUP_THRESHOLD, probeOf } from '@/lib/library/content-check';
import { seedLibrary } from './library-search';
import { summarize, timed } from './stats';

/**
 * Bullet comments and comments are checked against the case library as they arrive, a batch per
 * request. Measures `checkTexts` on batches of 200 near-library texts, beside the bare SQL a naive
 * implementation would send: the same nearest-example lookup once per text.
 */
export async function benchContentCheck(db: Db, opts: { batches: number; size: number; seededExamples?: number }) {
  if (opts.seededExamples) await seedLibrary(db, opts.seededExamples);
  const library = await queryRows<{ text: string }>(db, sql`select text from library_examples where status = 'accepted' order by id limit 5000`);
  // Edited copies of library texts and unrelated chatter, as a live room's bullet comments look.
  const batch = (b: number) => Array.from({ length: opts.size }, (_, i) => {
    const n = b * opts.size + i;
    return n % 3 === 0 ? `今晚的直播真好看 ${n}` : `${library[(n * 7919) % library.length].text.slice(0, 40)}！！`;
  });
  const ours: number[] = [];
  let flagged = 0;
  for (let b = 0; b < opts.batches; b++) {
    const [results, ms] = await timed(() => checkTexts(db, batch(b)));
    ours.push(ms);
    flagged += results.filter((r) => r.flagged).length;
  }
  const perText: number[] = [];
  for (let b = 0; b < Math.min(3, opts.batches); b++) {
    const [, ms] = await timed(() => db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(LOOKUP_THRESHOLD)}, true), set_config('enable_seqscan', 'off', true)`);
      for (const text of batch(b)) {
        for (const verdict of ['violation', 'not_violation']) {
          await tx.execute(sql`select category_id, similarity(text, ${probeOf(text)}) as score from library_examples
            where status::text = 'accepted' and verdict::text = ${verdict} and text % ${probeOf(text)} order by score desc, id limit 1`);
        }
      }
    }));
    perText.push(ms);
  }
  const o = summarize(ours);
  return {
    batchSize: opts.size,
    ours: { ...o, textsPerSecond: Math.round((opts.size * 1000) / o.p50) },
    barePerTextQueries: { ...summarize(perText), textsPerSecond: Math.round((opts.size * 1000) / summarize(perText).p50) },
    flaggedShare: Math.round((flagged / (opts.batches * opts.size)) * 100) / 100,
  };
}

// `npx tsx bench/content-check.ts`: this section alone, on its own database (100k library examples).
if (import.meta.url === `file://${path.resolve(process.argv[1] ?? '')}`) {
  const { freshBenchDatabase } = await import('./database');
  const database = await freshBenchDatabase('bulwark_bench_check', 4);
  try {
    const result = { at: new Date().toISOString(), contentCheck: await benchContentCheck(database.db, { batches: 10, size: 200, seededExamples: Number(process.env.BENCH_EXAMPLES ?? 100_000) }) };
    console.log(JSON.stringify(result, null, 2));
    const dir = path.resolve('bench/results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `content-check-${result.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await database.close();
  }
}
