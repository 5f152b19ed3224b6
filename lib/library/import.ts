import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { categories } from '@/db/schema';
import type { ImportRow } from './import-rows';
import { storeVariantGrams } from './variant-grams';

const CHUNK = 5000;

export async function knownCategoryIds(db: Executor): Promise<Set<string>> {
  return new Set((await db.select({ id: categories.id }).from(categories)).map((c) => c.id));
}

/**
 * Inserts the rows as proposed examples, a few thousand per statement: the rows travel as one JSON
 * parameter and Postgres expands them (jsonb_to_recordset), so 25k rows are a handful of round trips
 * on either driver. Returns how many were inserted.
 */
export async function insertImported(tx: Executor, rows: ImportRow[], staffId: string, tags: string[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => ({ text: r.text, verdict: r.verdict, category_id: r.categoryId, language: r.language }));
    const added = await queryRows<{ id: string; text: string; tags: string[] }>(tx, sql`
      with added as (
        insert into library_examples (text, verdict, category_id, language, status, proposed_by, tags)
        select r.text, r.verdict::example_verdict, r.category_id, r.language::example_language, 'proposed', ${staffId}::uuid,
          array(select jsonb_array_elements_text(${JSON.stringify(tags)}::jsonb))
        from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(text text, verdict text, category_id text, language text)
        returning id, text, tags
      )
      select id, text, tags from added`);
    await storeVariantGrams(tx, added);
    inserted += added.length;
  }
  return inserted;
}
