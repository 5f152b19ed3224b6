import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';

/** A library example as shown beside a flagged comment, bullet or video: the explanation of the flag. */
export type NearestExampleView = {
  id: string; text: string; verdict: 'violation' | 'not_violation';
  categoryId: string | null; categoryEn: string | null; categoryZh: string | null;
};

// Enough of the example to recognise it; the library page has the whole text.
const EXCERPT = 280;

/** The examples with these ids, by id, in one statement (a page's worth of flagged items). */
export async function nearestExamples(db: Executor, ids: readonly (string | null | undefined)[]): Promise<Record<string, NearestExampleView>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return {};
  const rows = await queryRows<NearestExampleView>(db, sql`
    select e.id, left(e.text, ${EXCERPT}) as text, e.verdict::text as verdict, e.category_id as "categoryId",
      c.name_en as "categoryEn", c.name_zh as "categoryZh"
    from library_examples e left join categories c on c.id = e.category_id
    where e.id in (select (jsonb_array_elements_text(${JSON.stringify(wanted)}::jsonb))::uuid)`);
  return Object.fromEntries(rows.map((r) => [r.id, r]));
}
