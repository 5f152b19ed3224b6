import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { staff, standardsCategories, standardsVersions, type StandardsCategory } from '@/db/schema';
import { currentStandardsVersion, draftCategories } from './store';

const publisher = alias(staff, 'publisher');

export type VersionSummary = {
  version: number; status: 'draft' | 'published'; changeNote: string | null;
  publishedAt: Date | null; publishedBy: string | null; updatedAt: Date; categories: number;
};

/** Every version, newest first, the draft on top. */
export async function listVersions(db: Executor): Promise<VersionSummary[]> {
  return db
    .select({
      version: standardsVersions.version, status: standardsVersions.status, changeNote: standardsVersions.changeNote,
      publishedAt: standardsVersions.publishedAt, publishedBy: publisher.name, updatedAt: standardsVersions.updatedAt,
      categories: sql<number>`(select count(*)::int from standards_categories c where c.version = ${standardsVersions.version})`,
    })
    .from(standardsVersions)
    .leftJoin(publisher, eq(publisher.id, standardsVersions.publishedBy))
    .orderBy(desc(standardsVersions.version));
}

export type VersionView = { summary: VersionSummary; categories: StandardsCategory[] };

export async function loadVersion(db: Executor, version: number): Promise<VersionView | null> {
  const [summary] = (await listVersions(db)).filter((v) => v.version === version);
  if (!summary) return null;
  return { summary, categories: await draftCategories(db, version) };
}

export async function loadPublished(db: Executor): Promise<VersionView | null> {
  const current = await currentStandardsVersion(db);
  return current === null ? null : loadVersion(db, current);
}

type Localizable = 'name' | 'definition' | 'indicators' | 'notCyberviolence';
/** A category's text in the reader's language. */
export function localized(c: Pick<StandardsCategory, `${Localizable}${'En' | 'Zh'}`>, field: Localizable, locale: string): string {
  return locale === 'zh' ? c[`${field}Zh`] : c[`${field}En`];
}

export type CategoryGuidance = { categoryId: string; name: string; definition: string; notCyberviolence: string; version: number };

/** What the case page shows beside the decision panel: the published definition and the line. */
export async function categoryGuidance(db: Executor, locale: string): Promise<CategoryGuidance[]> {
  const current = await currentStandardsVersion(db);
  if (current === null) return [];
  const rows = await db.select().from(standardsCategories).where(eq(standardsCategories.version, current)).orderBy(asc(standardsCategories.sortOrder));
  return rows.map((c) => ({
    categoryId: c.categoryId, name: localized(c, 'name', locale), definition: localized(c, 'definition', locale),
    notCyberviolence: localized(c, 'notCyberviolence', locale), version: current,
  }));
}
