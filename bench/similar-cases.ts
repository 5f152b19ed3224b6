import { Pool } from 'pg';
import type { Db } from '@/db/client';
import { similarExamples } from '@/lib/library/similar';
import { summarize, timed } from './stats';

/**
 * "Similar cases" beside a report (every case page) through lib/library/similar.ts, on the library
 * seedLibrary built, whose corpus texts recur as near-duplicates. Probes: corpus texts with a small
 * edit (near-duplicates in the set), short texts (no LSH keys: the gram fallback), English.
 * Beside it, in the same run, the bare LSH statement: candidates by band key ranked by estimated
 * Jaccard, two per verdict, in one statement on a plain pg client.
 */
export async function benchSimilarCases(db: Db, url: string, opts: { examples: number; rounds: number; texts: string[] }) {
  const texts = opts.texts;
  const nearDuplicates = Array.from({ length: 20 }, (_, i) => `${texts[(i * 7919) % texts.length]}！`);
  const short = ['你们这些人真是垃圾', '狗官', '女拳又来了', '滚出去'];
  const english = ['The mayor misused public funds, he must resign', 'I know where you live and I will come'];
  const kinds = { nearDuplicates, short, english };
  const ours: Record<string, ReturnType<typeof summarize> & { found: number }> = {};
  for (const [kind, probes] of Object.entries(kinds)) {
    const samples: number[] = [];
    let found = 0;
    for (let r = 0; r < opts.rounds; r++) {
      const [result, ms] = await timed(() => similarExamples(db, probes[r % probes.length], 2));
      samples.push(ms);
      found += result.violation.length + result.not_violation.length;
    }
    ours[kind] = { ...summarize(samples), found: Math.round((found / opts.rounds) * 10) / 10 };
  }
  const pool = new Pool({ connectionString: url, max: 1 });
  const bare = `
    with pb as (select library_minhash($1) as sig, library_lsh_bands(library_minhash($1), $1) as bands),
    c as (select e.id, e.verdict, (select count(*) from unnest(e.minhash, pb.sig) as u(a, b) where a = b)::float8 / 32 as score
      from library_examples e, pb where e.lsh_bands && pb.bands and e.status = 'accepted' limit 400)
    select * from (select c.*, row_number() over (partition by verdict order by score desc, id) as k from c) r where k <= 2`;
  const samples: number[] = [];
  for (let r = 0; r < opts.rounds; r++) samples.push((await timed(() => pool.query(bare, [nearDuplicates[r % nearDuplicates.length]])))[1]);
  await pool.end();
  const every = Object.values(ours);
  return {
    examples: opts.examples,
    ours,
    oursP95: Math.max(...every.map((o) => o.p95)),
    bareLshNearDuplicates: summarize(samples),
    target: 'p95 < 50 ms',
  };
}
