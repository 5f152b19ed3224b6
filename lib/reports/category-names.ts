import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories } from '@/db/schema';

export type CategoryOption = { id: string; name: string; active: boolean };

/** Category names in the reader's language, in the admins' order; inactive ones kept for old cases. */
export async function categoryOptions(db: Executor, locale: string): Promise<CategoryOption[]> {
  const rows = await db
    .select({ id: categories.id, nameEn: categories.nameEn, nameZh: categories.nameZh, active: categories.active })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.id));
  return rows.map((c) => ({ id: c.id, name: locale === 'zh' ? c.nameZh : c.nameEn, active: c.active }));
}
