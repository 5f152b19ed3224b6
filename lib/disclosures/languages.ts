import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';

/**
 * A disclosure is published in English and Chinese. When one language's text was changed and the
 * other was not (since the version began, or since both were last known to be in step), the other
 * probably says something different now: submitting or publishing asks first.
 */
export type LanguageLag = 'zh_not_updated' | 'en_not_updated' | null;

export function lagOf(changed: { en: boolean; zh: boolean }): LanguageLag {
  if (changed.en && !changed.zh) return 'zh_not_updated';
  if (changed.zh && !changed.en) return 'en_not_updated';
  return null;
}

type Texts = { titleEn: string; bodyEn: string; titleZh: string; bodyZh: string };

/** Which languages an edit changes. */
export function changedLanguages(before: Texts, after: Texts): { en: boolean; zh: boolean } {
  return {
    en: before.titleEn !== after.titleEn || before.bodyEn !== after.bodyEn,
    zh: before.titleZh !== after.titleZh || before.bodyZh !== after.bodyZh,
  };
}

/**
 * The lag of one version, compared in the database: the timestamps come from different transactions'
 * now() and differ by microseconds, which a JavaScript Date would round away.
 */
export async function languageLag(db: Executor, versionId: string): Promise<LanguageLag> {
  const [row] = await queryRows<{ en: boolean | null; zh: boolean | null }>(db, sql`
    select en_changed_at > coalesce(languages_synced_at, created_at) as en, zh_changed_at > coalesce(languages_synced_at, created_at) as zh
    from disclosure_versions where id = ${versionId}`);
  return row ? lagOf({ en: Boolean(row.en), zh: Boolean(row.zh) }) : null;
}
