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
