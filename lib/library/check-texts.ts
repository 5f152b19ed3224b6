import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { modelCheck } from '@/lib/model/precheck-content';
import type { PrecheckKind } from '@/lib/model/precheck-settings';
import { decideCheck, FLAG_THRESHOLD, LOOKUP_THRESHOLD, probeOf, type CheckResult } from './content-check';

/**
 * Checks a batch of texts (comments, bullet comments, a video's words). With a promoted recognition
 * model, the model decides (lib/model/precheck-content.ts) and the nearest library example of each
 * flagged text stays as its explanation; without one, the texts are compared with the library alone.
 * Results are in the order of `texts`.
 */
export async function checkTexts(db: Executor, texts: readonly string[], kind: PrecheckKind = 'comment'): Promise<CheckResult[]> {
  const byModel = await modelCheck(db, texts, kind);
  return byModel ?? checkAgainstLibrary(db, texts);
}

/**
 * The library comparison in one statement per chunk: for each text, the nearest violation and the
 * nearest not-a-violation example through the trigram index, then decideCheck.
 */
export async function checkAgainstLibrary(db: Executor, texts: readonly string[]): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  // Bounded statements: a large batch is checked a chunk at a time.
  for (let i = 0; i < texts.length; i += CHUNK) results.push(...(await checkChunk(db, texts.slice(i, i + CHUNK))));
  return results;
}

const CHUNK = 200;

type Nearest = { i: number; id: string; score: number; categoryId: string | null; selfHarm: boolean };

/**
 * Two passes over the distinct texts of a chunk (bullet comments repeat a lot): the nearest
 * violation example for each, then the nearest legitimate example only for texts the first pass
 * could flag, since only there can it change the answer.
 */
async function checkChunk(db: Executor, texts: readonly string[]): Promise<CheckResult[]> {
  if (!texts.length) return [];
  const probes = texts.map(probeOf);
  const distinct = [...new Set(probes)];
  const nearest = (verdict: 'violation' | 'not_violation', candidates: string[]) => sql`
    select p.i::int as i, x.id, x.score, x.category_id as "categoryId", x.self_harm as "selfHarm"
    from unnest(array[${sql.join(candidates.map((p) => sql`${p}`), sql`, `)}]::text[]) with ordinality as p(probe, i)
    cross join lateral (
      select e.id, e.category_id, coalesce(c.self_harm, false) as self_harm, similarity(e.text, p.probe) as score
      from library_examples e left join categories c on c.id = e.category_id
      -- Compared as text so that no btree index can stand in for the trigram one (see lib/library/queries.ts).
      where e.status::text = 'accepted' and e.verdict::text = ${verdict} and e.text % p.probe
      order by score desc, e.id limit 1
    ) x`;
  const [violations, legitimate] = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(LOOKUP_THRESHOLD)}, true), set_config('enable_seqscan', 'off', true)`);
    const found = await queryRows<Nearest>(tx, nearest('violation', distinct));
    const flaggable = found.filter((r) => Number(r.score) >= FLAG_THRESHOLD).map((r) => distinct[r.i - 1]);
    const legit = flaggable.length ? await queryRows<Nearest>(tx, nearest('not_violation', flaggable)) : [];
    // Put the settings back for whatever else the caller's transaction runs.
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.3', true), set_config('enable_seqscan', 'on', true)`);
    return [
      new Map(found.map((r) => [distinct[r.i - 1], r])),
      new Map(legit.map((r) => [flaggable[r.i - 1], r])),
    ] as const;
  });
  const example = (r: Nearest | undefined) => (r ? { id: r.id, score: Number(r.score), categoryId: r.categoryId, selfHarm: Boolean(r.selfHarm) } : null);
  return probes.map((probe) => decideCheck(example(violations.get(probe)), example(legitimate.get(probe))));
}
