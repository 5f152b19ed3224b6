import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { libraryExamples, type ExampleVerdict, type LibraryExample } from '@/db/schema';
import { decodeLibraryCursor, encodeLibraryCursor, likePattern, queryGrams, readsAsChinese, usesTrigrams, variantGrams, type LibraryCursor, type LibraryFilters } from './search-query';

export type ExampleRow = LibraryExample & { cursorAt: string };
export type ExamplePage = { rows: ExampleRow[]; next: string | null };

export const PAGE_SIZE = 25;
const t = libraryExamples;

/** The WHERE clause for a search: every filter given, combined with AND (the text query unless `withText` is false). */
export function searchConditions(f: LibraryFilters, withText = true): SQL {
  const parts: SQL[] = [sql`${t.status} = ${f.status}`];
  if (f.categoryId) parts.push(sql`${t.categoryId} = ${f.categoryId}`);
  if (f.verdict) parts.push(sql`${t.verdict} = ${f.verdict}`);
  if (f.channel) parts.push(sql`${t.channel} = ${f.channel}`);
  if (f.language) parts.push(sql`${t.language} = ${f.language}`);
  if (f.tag) parts.push(sql`${t.tags} @> array[${f.tag.toLowerCase()}]::text[]`);
  if (f.q && withText) parts.push(textMatch(f.q));
  return and(...parts)!;
}

/**
 * A query's match, text or tags, as typed or as the recognition model reads it. As typed, with Chinese
 * in it: every gram of its CJK runs in search_grams (the GIN index narrows to the examples having them
 * all), then the whole query as a substring of the normalised text and tags, as library_search_grams
 * saw them; otherwise ILIKE on the text (the trigram index) or a tag equal to the query. As read: every
 * gram of the model's reading in search_grams, which also holds each example's reading
 * (variant-grams.ts); no substring check there, since the stored reading is only kept as grams.
 */
export function textMatch(q: string): SQL {
  const typed = typedMatch(q);
  const variant = variantGrams(q);
  if (!variant.length) return typed;
  const grams = queryGrams(q);
  // The reading's grams are the typed query's own (plain simplified Chinese): the one gram test decides.
  if (grams.length && variant.every((g) => grams.includes(g))) return gramsHaveAll(variant);
  return sql`(${typed} or ${gramsHaveAll(variant)})`;
}

function gramsHaveAll(grams: string[]): SQL {
  return sql`library_examples.search_grams @> array[${sql.join(grams.map((g) => sql`${g}`), sql`, `)}]::text[]`;
}

function typedMatch(q: string): SQL {
  const grams = queryGrams(q);
  if (grams.length) {
    // The plain lower-cased text first: it settles nearly every row the grams let through, and
    // normalising text and tags costs far more.
    const needle = q.toLowerCase();
    return sql`(${gramsHaveAll(grams)}
      and (strpos(lower(library_examples.text), ${needle}) > 0
        or strpos(library_normalise(library_examples.text || E'\n' || array_to_string(library_examples.tags, E'\n')), ${needle}) > 0))`;
  }
  return sql`(${t.text} ilike ${likePattern(q)} or ${t.tags} @> array[${q.toLowerCase()}]::text[])`;
}

/** Which index serves a query: the gram index (any Chinese), the trigram index (a word of 3+ letters), or none. */
export function searchPlan(q: string): 'grams' | 'trigrams' | 'scan' {
  if (queryGrams(q).length || readsAsChinese(q)) return 'grams';
  return usesTrigrams(q) ? 'trigrams' : 'scan';
}

/**
 * One page of examples, newest first, after `cursor` (keyset on created_at, id: no OFFSET). The order
 * spells out NULLS LAST to match the page index; plain DESC means NULLS FIRST and would not use it.
 */
export async function searchExamples(db: Executor, f: LibraryFilters, cursor?: string | null, limit = PAGE_SIZE): Promise<ExamplePage> {
  const after = decodeLibraryCursor(cursor);
  const where = after
    ? and(searchConditions(f), sql`(${t.createdAt}, ${t.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`)
    : searchConditions(f);
  const select = (tx: Executor) => tx
    .select({ example: t, cursorAt: sql<string>`${t.createdAt}::text` })
    .from(t)
    .where(where)
    .orderBy(sql`${t.createdAt} desc nulls last`, sql`${t.id} desc nulls last`)
    .limit(limit + 1);
  const plan = f.q ? searchPlan(f.q) : null;
  if (plan === 'scan') return shortQueryPage(db, f, after, limit);
  if (plan === 'grams') return gramsPage(db, f, after, limit);
  // The planner prices ILIKE on Chinese text as cheap and picks a sequential scan over the trigram
  // index on a table this size, which evaluates the pattern on every row (hundreds of ms at 100k).
  // Ruling that out for this one statement leaves it the trigram index or the page index.
  const rows = plan === 'trigrams'
    ? await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
      return select(tx);
    })
    : await select(db);
  const page = rows.slice(0, limit).map((r) => ({ ...r.example, cursorAt: r.cursorAt }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? encodeLibraryCursor({ createdAt: last.cursorAt, id: last.id }) : null };
}

const GRAMS_WINDOW = 1000;
// Small windows, few of them: a term common enough to fill a page does so in the first; walking
// further for a rarer one costs more than the gram index does (bench/library-search.ts).
const GRAMS_MAX_WINDOWS = 3;

/**
 * A Chinese query, adaptively, so that neither a common character nor a rare phrase is slow. The
 * page index is walked from the cursor a window of GRAMS_WINDOW rows at a time and each row is
 * matched (filters, grams, substring): a common term fills the page in the first window, in a few
 * milliseconds. When a window shows the term too rare to fill the page within GRAMS_MAX_WINDOWS,
 * the older rows are found through the gram index instead (few, since the term is rare) and sorted.
 * The planner cannot make this choice itself: it takes a phrase's grams as independent and
 * underestimates how many rows hold them all, often a hundredfold, and then sorts tens of thousands.
 */
async function gramsPage(db: Executor, f: LibraryFilters, after: LibraryCursor | null, limit: number): Promise<ExamplePage> {
  const take = limit + 1;
  const match = and(searchConditions({ ...f, q: '' }, false), textMatch(f.q))!;
  const found: { id: string; cursorAt: string }[] = [];
  let edge = after;
  let exhausted = false;
  for (let i = 0; i < GRAMS_MAX_WINDOWS && found.length < take; i++) {
    const keyset = edge ? sql` and (created_at, id) < (${edge.createdAt}::timestamptz, ${edge.id}::uuid)` : sql``;
    // The window reads by status alone, so that it is always the page index walked in order (with
    // the filters in it, the planner may fetch every row of a category and sort them).
    const rows = await queryRows<{ id: string | null; cursorAt: string | null; edgeAt: string; edgeId: string; size: number }>(db, sql`
      with w as materialized (
        select id, created_at, status, text, tags, search_grams, verdict, language, category_id, channel from library_examples
        where status = ${f.status}${keyset}
        order by created_at desc nulls last, id desc nulls last
        limit ${GRAMS_WINDOW}),
      edge as (select created_at::text as at, id from w order by created_at asc, id asc limit 1),
      n as (select count(*)::int as size from w)
      select m.id, m.at as "cursorAt", edge.at as "edgeAt", edge.id as "edgeId", n.size
      from edge cross join n
      left join lateral (
        select id, created_at::text as at from w as library_examples where ${match}
        order by created_at desc, id desc limit ${take - found.length}
      ) m on true`);
    if (rows.length === 0) { exhausted = true; break; }
    const hits = rows.filter((r) => r.id).map((r) => ({ id: r.id!, cursorAt: r.cursorAt! }));
    found.push(...hits);
    edge = { createdAt: rows[0].edgeAt, id: rows[0].edgeId };
    if (rows[0].size < GRAMS_WINDOW) { exhausted = true; break; }
    const windowsLeft = GRAMS_MAX_WINDOWS - i - 1;
    if (found.length < take && hits.length * windowsLeft < take - found.length) break;
  }
  if (found.length < take && !exhausted && edge) found.push(...await olderThroughGramIndex(db, f, edge, take - found.length));
  const pageIds = found.slice(0, limit);
  const full = pageIds.length ? await db.select().from(t).where(inArray(t.id, pageIds.map((r) => r.id))) : [];
  const byId = new Map(full.map((r) => [r.id, r]));
  const rows = pageIds.map((r) => ({ ...byId.get(r.id)!, cursorAt: r.cursorAt }));
  const last = rows.at(-1);
  return { rows, next: found.length > limit && last ? encodeLibraryCursor({ createdAt: last.cursorAt, id: last.id }) : null };
}

/**
 * The newest matches older than `edge`, through the gram index: ordered by an expression no index
 * provides, so that the planner cannot walk the page index past every row instead, and with a
 * sequential scan ruled out for the statement.
 */
function olderThroughGramIndex(db: Executor, f: LibraryFilters, edge: LibraryCursor, n: number) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
    return queryRows<{ id: string; cursorAt: string }>(tx, sql`
      select id, created_at::text as "cursorAt" from library_examples
      where ${searchConditions(f)} and (created_at, id) < (${edge.createdAt}::timestamptz, ${edge.id}::uuid)
      order by created_at + interval '0 s' desc, id desc
      limit ${n}`);
  });
}

const WINDOW = 2000;
const MAX_WINDOWS = 25;

/**
 * A query with neither Chinese nor a word of three letters ("5g", "a b") has no index to narrow it.
 * Instead the page index is walked in keyset order, a window of rows
 * at a time, and the pattern tested on each, which finds a page quickly for the common characters
 * people search for. The walk stops after MAX_WINDOWS windows; the page then ends where the walk did
 * (possibly short), and "next" continues from there, so pages still cover every match once.
 */
async function shortQueryPage(db: Executor, f: LibraryFilters, after: LibraryCursor | null, limit: number): Promise<ExamplePage> {
  const match = textMatch(f.q);
  const found: { id: string; cursorAt: string }[] = [];
  let edge = after;
  for (let i = 0; i < MAX_WINDOWS && found.length <= limit; i++) {
    const keyset = edge ? sql` and (created_at, id) < (${edge.createdAt}::timestamptz, ${edge.id}::uuid)` : sql``;
    const rows = await queryRows<{ id: string | null; cursorAt: string | null; edgeAt: string; edgeId: string; size: number }>(db, sql`
      with w as materialized (
        select id, created_at, text, tags from library_examples
        where ${searchConditions(f, false)}${keyset}
        order by created_at desc nulls last, id desc nulls last
        limit ${WINDOW}
      ),
      edge as (select created_at::text as at, id from w order by created_at asc, id asc limit 1),
      n as (select count(*)::int as size from w)
      select m.id, m.at as "cursorAt", edge.at as "edgeAt", edge.id as "edgeId", n.size
      from edge cross join n
      left join lateral (
        select id, created_at::text as at from w as library_examples where ${match}
        order by created_at desc, id desc limit ${limit + 1 - found.length}
      ) m on true`);
    if (rows.length === 0) { edge = null; break; }
    found.push(...rows.filter((r) => r.id).map((r) => ({ id: r.id!, cursorAt: r.cursorAt! })));
    edge = { createdAt: rows[0].edgeAt, id: rows[0].edgeId };
    if (rows[0].size < WINDOW) { edge = found.length > limit ? edge : null; break; }
  }
  const pageIds = found.slice(0, limit);
  const full = pageIds.length ? await db.select().from(t).where(inArray(t.id, pageIds.map((r) => r.id))) : [];
  const byId = new Map(full.map((r) => [r.id, r]));
  const rows = pageIds.map((r) => ({ ...byId.get(r.id)!, cursorAt: r.cursorAt }));
  const last = rows.at(-1);
  // More matches seen than fit: continue after the last shown. Walk cut short: continue where it stopped.
  const next = found.length > limit && last ? { createdAt: last.cursorAt, id: last.id } : edge;
  return { rows, next: next ? encodeLibraryCursor(next) : null };
}

export async function getExample(db: Executor, id: string): Promise<LibraryExample | null> {
  const [row] = await db.select().from(t).where(eq(t.id, id));
  return row ?? null;
}

export { similarExamples, type SimilarExample } from './similar';

export async function countByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; n: number }>(db, sql`select status, count(*)::int as n from library_examples group by status`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
