import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { libraryExamples, type ExampleVerdict, type LibraryExample } from '@/db/schema';
import { decodeLibraryCursor, encodeLibraryCursor, likePattern, usesTrigrams, type LibraryFilters } from './search-query';

export type ExampleRow = LibraryExample & { cursorAt: string };
export type ExamplePage = { rows: ExampleRow[]; next: string | null };

export const PAGE_SIZE = 25;
const t = libraryExamples;

/** The WHERE clause for a search: every filter given, combined with AND. */
export function searchConditions(f: LibraryFilters): SQL {
  const parts: SQL[] = [sql`${t.status} = ${f.status}`];
  if (f.categoryId) parts.push(sql`${t.categoryId} = ${f.categoryId}`);
  if (f.verdict) parts.push(sql`${t.verdict} = ${f.verdict}`);
  if (f.channel) parts.push(sql`${t.channel} = ${f.channel}`);
  if (f.language) parts.push(sql`${t.language} = ${f.language}`);
  if (f.tag) parts.push(sql`${t.tags} @> array[${f.tag.toLowerCase()}]::text[]`);
  if (f.q) {
    // With a trigram to look up, the GIN index narrows the rows. One or two characters have none, and
    // the index would read all of itself: the planner is steered to walk the keyset order instead,
    // which finds a page of matches for a common character quickly.
    const column = usesTrigrams(f.q) ? sql`${t.text}` : sql`(${t.text} || '')`;
    parts.push(sql`${column} ilike ${likePattern(f.q)}`);
  }
  return and(...parts)!;
}

/** One page of examples, newest first, after `cursor` (keyset on created_at, id: no OFFSET). */
export async function searchExamples(db: Executor, f: LibraryFilters, cursor?: string | null, limit = PAGE_SIZE): Promise<ExamplePage> {
  const after = decodeLibraryCursor(cursor);
  const where = after
    ? and(searchConditions(f), sql`(${t.createdAt}, ${t.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`)
    : searchConditions(f);
  const rows = await db
    .select({ example: t, cursorAt: sql<string>`${t.createdAt}::text` })
    .from(t)
    .where(where)
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((r) => ({ ...r.example, cursorAt: r.cursorAt }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? encodeLibraryCursor({ createdAt: last.cursorAt, id: last.id }) : null };
}

export async function getExample(db: Executor, id: string): Promise<LibraryExample | null> {
  const [row] = await db.select().from(t).where(eq(t.id, id));
  return row ?? null;
}

export type SimilarExample = Pick<LibraryExample, 'id' | 'text' | 'verdict' | 'categoryId' | 'rationale' | 'language'> & { score: number };

/**
 * The accepted examples closest to `text` by trigram similarity, up to `perVerdict` of each verdict:
 * the nearest violation and the nearest legitimate criticism side by side. The similarity threshold
 * is lowered for this transaction only, since a long report shares few trigrams with a short example.
 */
export async function similarExamples(db: Executor, text: string, perVerdict = 2): Promise<Record<ExampleVerdict, SimilarExample[]>> {
  const probe = text.normalize('NFKC').slice(0, 1000);
  const nearest = (tx: Executor, verdict: ExampleVerdict) => queryRows<SimilarExample>(tx, sql`
    select id, text, verdict, category_id as "categoryId", rationale, language, similarity(text, ${probe}) as score
    from library_examples
    where status = 'accepted' and verdict = ${verdict} and text % ${probe}
    order by score desc, id
    limit ${perVerdict}`);
  const run = async (tx: Executor) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.08', true)`);
    const violation = await nearest(tx, 'violation');
    const notViolation = await nearest(tx, 'not_violation');
    return { violation, not_violation: notViolation };
  };
  return db.transaction(run);
}

export async function countByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; n: number }>(db, sql`select status, count(*)::int as n from library_examples group by status`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
