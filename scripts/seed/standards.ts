import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { standardsCategories, standardsVersions } from '@/db/schema';
import { defaultCategories } from '@/lib/categories/defaults';
import { standardsText } from './standards-content';

/**
 * Version 1 of the standards, published, for the nine default categories. Safe to run twice: it
 * does nothing once any version exists. Rows go in while the version is a draft, because the
 * database refuses new rows in a published version.
 */
export async function seedStandards(tx: Executor) {
  const [{ n }] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from standards_versions`);
  if (n > 0) return;
  await tx.insert(standardsVersions).values({ version: 1, status: 'draft' });
  await tx.insert(standardsCategories).values(defaultCategories.map((c) => ({
    version: 1, categoryId: c.id, nameEn: c.nameEn, nameZh: c.nameZh, severity: c.severity, dueMinutes: c.dueMinutes, sortOrder: c.sortOrder,
    ...standardsText[c.id],
  })));
  await tx.update(standardsVersions).set({
    status: 'published', publishedAt: sql`now()`,
    changeNote: 'First version: the nine categories of the 2022 notice on governing cyberviolence. / 首个版本：2022年网络暴力治理通知所列九类。',
  }).where(sql`version = 1`);
}
