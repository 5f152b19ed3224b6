import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { decideCheck, LOOKUP_THRESHOLD, probeOf, type CheckResult } from './content-check';

type Row = { i: number; vScore: number | null; vCategory: string | null; vSelfHarm: boolean | null; nScore: number | null };

/**
 * Checks a batch of texts (comments, bullet comments, a video's words) against the accepted library
 * examples in one statement: for each text, the nearest violation and the nearest not-a-violation
 * example through the trigram index, then decideCheck. Results are in the order of `texts`.
 */
export async function checkTexts(db: Executor, texts: readonly string[]): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  // Bounded statements: a large batch is checked a chunk at a time.
  for (let i = 0; i < texts.length; i += CHUNK) results.push(...(await checkChunk(db, texts.slice(i, i + CHUNK))));
  return results;
}

const CHUNK = 200;

async function checkChunk(db: Executor, texts: readonly string[]): Promise<CheckResult[]> {
  if (!texts.length) return [];
  const probes = texts.map(probeOf);
  const nearest = (verdict: 'violation' | 'not_violation') => sql`
    select e.category_id, coalesce(c.self_harm, false) as self_harm, similarity(e.text, p.probe) as score
    from library_examples e left join categories c on c.id = e.category_id
    -- Compared as text so that no btree index can stand in for the trigram one (see lib/library/queries.ts).
    where e.status::text = 'accepted' and e.verdict::text = ${verdict} and e.text % p.probe
    order by score desc, e.id limit 1`;
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(LOOKUP_THRESHOLD)}, true), set_config('enable_seqscan', 'off', true)`);
    const found = await queryRows<Row>(tx, sql`
      select p.i::int as i, v.score as "vScore", v.category_id as "vCategory", v.self_harm as "vSelfHarm", n.score as "nScore"
      from unnest(array[${sql.join(probes.map((p) => sql`${p}`), sql`, `)}]::text[]) with ordinality as p(probe, i)
      left join lateral (${nearest('violation')}) v on true
      left join lateral (${nearest('not_violation')}) n on true
      order by p.i`);
    // Put the settings back for whatever else the caller's transaction runs.
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.3', true), set_config('enable_seqscan', 'on', true)`);
    return found;
  });
  return probes.map((_, index) => {
    const r = rows.find((row) => row.i === index + 1);
    const violation = r?.vScore != null ? { score: Number(r.vScore), categoryId: r.vCategory, selfHarm: Boolean(r.vSelfHarm) } : null;
    const legit = r?.nScore != null ? { score: Number(r.nScore), categoryId: null, selfHarm: false } : null;
    return decideCheck(violation, legit);
  });
}
