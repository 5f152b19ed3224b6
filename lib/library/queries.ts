import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { libraryExamples, type ExampleVerdict, type LibraryExample } from '@/db/schema';
import { decodeLibraryCursor, encodeLibraryCursor, likePattern, usesTrigrams, type LibraryCursor, type LibraryFilters } from './search-query';

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
  if (f.q && withText) parts.push(sql`${t.text} ilike ${likePattern(f.q)}`);
  return and(...parts)!;
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
  if (f.q && !usesTrigrams(f.q)) return shortQueryPage(db, f, after, limit);
  // The planner prices ILIKE on Chinese text as cheap and picks a sequential scan over the trigram
  // index on a table this size, which evaluates the pattern on every row (hundreds of ms at 100k).
  // Ruling that out for this one statement leaves it the trigram index or the page index.
  const rows = f.q
    ? await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
      return select(tx);
    })
    : await select(db);
  const page = rows.slice(0, limit).map((r) => ({ ...r.example, cursorAt: r.cursorAt }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? encodeLibraryCursor({ createdAt: last.cursorAt, id: last.id }) : null };
}

const WINDOW = 2000;
const MAX_WINDOWS = 25;

/**
 * One or two characters have no trigram: the GIN index would read all of itself and the planner
 * misjudges how many rows match. Instead the page index is walked in keyset order, a window of rows
 * at a time, and the pattern tested on each, which finds a page quickly for the common characters
 * people search for. The walk stops after MAX_WINDOWS windows; the page then ends where the walk did
 * (possibly short), and "next" continues from there, so pages still cover every match once.
 */
async function shortQueryPage(db: Executor, f: LibraryFilters, after: LibraryCursor | null, limit: number): Promise<ExamplePage> {
  const pattern = likePattern(f.q);
  const found: { id: string; cursorAt: string }[] = [];
  let edge = after;
  for (let i = 0; i < MAX_WINDOWS && found.length <= limit; i++) {
    const keyset = edge ? sql` and (created_at, id) < (${edge.createdAt}::timestamptz, ${edge.id}::uuid)` : sql``;
    const rows = await queryRows<{ id: string | null; cursorAt: string | null; edgeAt: string; edgeId: string; size: number }>(db, sql`
      with w as materialized (
        select id, created_at, text from library_examples
        where ${searchConditions(f, false)}${keyset}
        order by created_at desc nulls last, id desc nulls last
        limit ${WINDOW}
      ),
      edge as (select created_at::text as at, id from w order by created_at asc, id asc limit 1),
      n as (select count(*)::int as size from w)
      select m.id, m.at as "cursorAt", edge.at as "edgeAt", edge.id as "edgeId", n.size
      from edge cross join n
      left join lateral (
        select id, created_at::text as at from w where text ilike ${pattern}
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

export type SimilarExample = Pick<LibraryExample, 'id' | 'text' | 'verdict' | 'categoryId' | 'rationale' | 'language'> & { score: number };

/**
 * The accepted examples closest to `text` by trigram similarity, up to `perVerdict` of each verdict:
 * the nearest violation and the nearest legitimate criticism side by side. The similarity threshold
 * is set for this transaction only.
 */
export async function similarExamples(db: Executor, text: string, perVerdict = 2): Promise<Record<ExampleVerdict, SimilarExample[]>> {
  // A long report has hundreds of trigrams, each a posting list to merge; its opening carries the gist.
  const probe = text.normalize('NFKC').slice(0, 300);
  const nearest = (tx: Executor, verdict: ExampleVerdict) => queryRows<SimilarExample>(tx, sql`
    select id, text, verdict, category_id as "categoryId", rationale, language, similarity(text, ${probe}) as score
    from library_examples
    -- Compared as text so that no btree index can stand in for the trigram one (see below).
    where status::text = 'accepted' and verdict::text = ${verdict} and text % ${probe}
    order by score desc, id
    limit ${perVerdict}`);
  // A strict threshold keeps the candidate set small in a large library; a looser one only when the
  // strict one finds nothing, so a report still gets its nearest example when none is close.
  // As with search, the planner would price similarity as cheap and scan every row instead of the index.
  const closest = async (tx: Executor, verdict: ExampleVerdict) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.3', true), set_config('enable_seqscan', 'off', true)`);
    const close = await nearest(tx, verdict);
    if (close.length) return close;
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.08', true)`);
    return nearest(tx, verdict);
  };
  const run = async (tx: Executor) => ({ violation: await closest(tx, 'violation'), not_violation: await closest(tx, 'not_violation') });
  return db.transaction(run);
}

export async function countByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; n: number }>(db, sql`select status, count(*)::int as n from library_examples group by status`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
