import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { normalizeText } from '@/lib/model/normalize';

/**
 * Slang and variants in the library search. The recognition model's normaliser (lib/model/normalize)
 * reads 傻-逼, 傻 逼, 煞笔, 傻傻傻逼, sb and 傻逼 alike, and traditional characters as simplified. Each
 * example's search_grams (migration 0025's trigger: the raw text and tags) also get the grams of that
 * reading, added here in code because the normaliser lives in TypeScript; a query's own reading is
 * matched against them (textMatch in queries.ts). The trigger only fires on a write to text or tags,
 * and an UPDATE of search_grams alone does not fire it, so what this adds stays until the text changes.
 */

type Written = { id: string; text: string; tags: readonly string[] };

/** The example as the model reads it, or null when that reading adds nothing to the raw grams. */
export function variantDocument(text: string, tags: readonly string[]): string | null {
  const parts = [text, ...tags];
  const read = parts.map(normalizeText);
  const raw = parts.map((p) => p.normalize('NFKC').toLowerCase());
  return read.some((r, i) => r !== raw[i]) ? read.join('\n') : null;
}

/** Adds the model's reading's grams to just-written examples; call it after every insert or text/tag update. */
export async function storeVariantGrams(db: Executor, rows: readonly Written[]): Promise<number> {
  const docs = rows.flatMap((r) => {
    const doc = variantDocument(r.text, r.tags);
    return doc ? [{ id: r.id, doc }] : [];
  });
  if (!docs.length) return 0;
  const [{ n }] = await queryRows<{ n: number }>(db, sql`
    with changed as (
      update library_examples e
      set search_grams = array(select distinct g from unnest(e.search_grams || library_search_grams(v.doc)) g order by g)
      from jsonb_to_recordset(${JSON.stringify(docs)}::jsonb) as v(id uuid, doc text)
      where e.id = v.id
      returning 1)
    select count(*)::int as n from changed`);
  return n;
}

/**
 * Every example, a batch at a time in id order: for a library written before the variant grams were
 * (scripts/library-variant-grams.ts). Idempotent; returns how many examples gained grams.
 */
export async function backfillVariantGrams(db: Executor, batch = 2000): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let total = 0;
  for (;;) {
    const rows = await queryRows<Written>(db, sql`
      select id, text, tags from library_examples where id > ${after}::uuid order by id limit ${batch}`);
    if (!rows.length) return total;
    total += await storeVariantGrams(db, rows);
    after = rows[rows.length - 1].id;
  }
}
