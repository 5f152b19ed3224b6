import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, type Category } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

/** Every category in the admins' order, inactive ones included (they still name old cases). */
export async function listCategories(db: Executor): Promise<Category[]> {
  return db.select().from(categories).orderBy(asc(categories.sortOrder), asc(categories.id));
}

export function categoryName(category: Pick<Category, 'nameEn' | 'nameZh'>, locale: Locale | string): string {
  return locale === 'zh' ? category.nameZh : category.nameEn;
}

export type CategoryOption = { id: string; name: string; active: boolean };

/** Category names in the reader's language, for pickers and lists; inactive ones kept for old cases. */
export async function categoryOptions(db: Executor, locale: Locale | string): Promise<CategoryOption[]> {
  return (await listCategories(db)).map((c) => ({ id: c.id, name: categoryName(c, locale), active: c.active }));
}
