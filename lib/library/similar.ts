import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import type { ExampleVerdict, LibraryExample } from '@/db/schema';

export type SimilarExample = Pick<LibraryExample, 'id' | 'text' | 'verdict' | 'categoryId' | 'rationale' | 'language'> & { score: number };
export type SimilarCases = Record<ExampleVerdict, SimilarExample[]>;

/** Bins in a MinHash signature (library_minhash in db/migrations/0025_search_bigrams.sql). */
const BINS = 32;
/** Candidates ranked at most: a band shared by a whole cluster of near-duplicates stays bounded. */
const MAX_CANDIDATES = 400;
/** Rarest grams of the probe looked up when LSH finds too little. */
const FALLBACK_GRAMS = 6;
const MAX_FALLBACK_CANDIDATES = 100;
/**
 * Examples holding a rare gram looked at, whatever their verdict, before the verdict is checked: in a
 * library where the text's grams all belong to examples of the other verdict, filtering inside the
 * scan walked every one of them (24k rows, 144 ms at 1M examples); now it gives up after these.
 */
const MAX_FALLBACK_SCANNED = 1000;
/** A long report's opening carries its gist; signatures of whole pages would only blur it. */
const PROBE_CHARS = 1000;

type Scored = { id: string; verdict: ExampleVerdict; score: number };

/**
 * The accepted examples closest to `text`, up to `perVerdict` of each verdict: the nearest violation
 * and the nearest legitimate criticism side by side. Candidates are the examples sharing an LSH band
 * key with the text's MinHash signature (near-duplicates and close paraphrases, through
 * library_examples_lsh_idx), ranked by estimated Jaccard similarity of their character shingles.
 * A verdict left short (a short text has no band keys; a merely related one shares none) is filled
 * from the gram index: examples having one of the text's rarest grams, ranked by how many of them
 * they hold. Both are index lookups of bounded size, never a scan of the library.
 */
export async function similarExamples(db: Executor, text: string, perVerdict = 2): Promise<SimilarCases> {
  const probe = text.slice(0, PROBE_CHARS);
  if (!probe.trim()) return { violation: [], not_violation: [] };
  const near = await nearDuplicates(db, probe);
  const picked = pick(near, perVerdict);
  const short = (['violation', 'not_violation'] as const).filter((v) => picked[v].length < perVerdict);
  if (short.length) {
    const related = await sharingRareGrams(db, probe, short);
    const more = pick(related.filter((r) => !near.some((n) => n.id === r.id)), perVerdict);
    for (const v of short) picked[v] = [...picked[v], ...more[v]].slice(0, perVerdict);
  }
  return withRows(db, picked);
}

function pick(rows: Scored[], perVerdict: number): Record<ExampleVerdict, Scored[]> {
  const byScore = [...rows].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return {
    violation: byScore.filter((r) => r.verdict === 'violation').slice(0, perVerdict),
    not_violation: byScore.filter((r) => r.verdict === 'not_violation').slice(0, perVerdict),
  };
}

/** Examples sharing a band key with the probe, with the share of signature bins they agree on. */
function nearDuplicates(db: Executor, probe: string): Promise<Scored[]> {
  return queryRows<Scored>(db, sql`
    with p as (select library_minhash(${probe}) as sig),
    pb as (select sig, library_lsh_bands(sig, ${probe}) as bands from p),
    candidate as (
      select e.id, e.verdict, e.minhash from library_examples e, pb
      where e.lsh_bands && pb.bands and e.status = 'accepted'
      limit ${MAX_CANDIDATES})
    select c.id, c.verdict::text as verdict,
      (select count(*) from unnest(c.minhash, pb.sig) as u(a, b) where a = b)::float8 / ${BINS} as score
    from candidate c, pb`);
}

/**
 * Examples of the given verdicts holding one of the probe's rarest grams. Rarity comes from the
 * planner's statistics of search_grams (most common elements and their frequencies): grams it does
 * not list are rarer than any it does. Single characters are left out, being too common to narrow.
 */
function sharingRareGrams(db: Executor, probe: string, verdicts: ExampleVerdict[]): Promise<Scored[]> {
  return queryRows<Scored>(db, sql`
    with pg as (select library_search_grams(${probe}) as grams),
    st as (
      select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs from pg_stats
      where schemaname = current_schema() and tablename = 'library_examples' and attname = 'search_grams'),
    rare as (
      select array(
        select g from pg, unnest(pg.grams) as g left join st on true
        where char_length(g) >= 2
        order by st.freqs[array_position(st.elems, g)] nulls first, g
        limit ${FALLBACK_GRAMS}) as grams),
    -- The LIMIT inside keeps the verdict test out of the scan (a subquery with a LIMIT is not flattened).
    candidate as (
      select x.id, x.verdict, x.search_grams from (
        select e.id, e.verdict, e.search_grams from library_examples e, rare
        where e.search_grams && rare.grams and e.status = 'accepted'
        limit ${MAX_FALLBACK_SCANNED}) x
      where x.verdict::text in (${sql.join(verdicts.map((v) => sql`${v}`), sql`, `)})
      limit ${MAX_FALLBACK_CANDIDATES})
    select c.id, c.verdict::text as verdict,
      -- The share of the rare grams it holds, a little less the longer it is (the more specific first).
      (select count(*) from unnest(rare.grams) as g where c.search_grams @> array[g])::float8 / greatest(1, cardinality(rare.grams))
        - cardinality(c.search_grams) * 1e-6 as score
    from candidate c, rare`);
}

async function withRows(db: Executor, picked: Record<ExampleVerdict, Scored[]>): Promise<SimilarCases> {
  const all = [...picked.violation, ...picked.not_violation];
  if (all.length === 0) return { violation: [], not_violation: [] };
  const rows = await queryRows<Omit<SimilarExample, 'score'>>(db, sql`
    select id, text, verdict, category_id as "categoryId", rationale, language from library_examples
    where id in (${sql.join(all.map((r) => sql`${r.id}::uuid`), sql`, `)})`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const full = (list: Scored[]) => list.filter((r) => byId.has(r.id)).map((r) => ({ ...byId.get(r.id)!, score: r.score }));
  return { violation: full(picked.violation), not_violation: full(picked.not_violation) };
}
