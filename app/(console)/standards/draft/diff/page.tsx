import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { DiffView } from '@/components/standards/diff-view';
import { SettingsChanges } from '@/components/model/settings-changes';
import { PublishForm } from '@/components/standards/publish-form';
import { StandardsNav } from '@/components/standards/standards-nav';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { compareVersions } from '@/lib/standards/compare';
import { settingsChanges } from '@/lib/model/settings-store';
import { loadPublished, loadVersion, localized } from '@/lib/standards/queries';
import { draftCategories, draftVersion } from '@/lib/standards/store';

export default async function StandardsDiffPage() {
  await requireStaff('standards.edit');
  const db = await getDb();
  const [t, locale, version, published] = await Promise.all([getTranslations('standards'), getLocale(), draftVersion(db), loadPublished(db)]);
  if (version === null) {
    return (
      <div>
        <PageHeader title={t('draft.title')} />
        <StandardsNav active="review" editor />
        <p className="text-sm text-slate-600">{t('draft.none')} <Link href="/standards/draft" className="text-brand-700 hover:underline">{t('links.draft')}</Link></p>
      </div>
    );
  }
  const [draft, summary, changes] = await Promise.all([draftCategories(db, version), loadVersion(db, version), settingsChanges(db, published?.summary.version ?? null, version)]);
  const comparisons = compareVersions(published?.categories ?? [], draft);
  const names = Object.fromEntries(draft.map((c) => [c.categoryId, localized(c, 'name', locale)]));
  return (
    <div>
      <PageHeader title={t('diff.title', { version })} description={t('diff.description', { published: published?.summary.version ?? '—' })} />
      <StandardsNav active="review" editor />
      <div className="space-y-4">
        <DiffView comparisons={comparisons} names={names} />
        <SettingsChanges changes={changes} names={names} />
        <PublishForm version={version} reviewedAt={summary!.summary.updatedAt.toISOString()} names={names} />
      </div>
    </div>
  );
}
