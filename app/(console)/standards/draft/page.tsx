import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { CategoryEditor } from '@/components/standards/category-editor';
import { AddCategoryForm, DiscardDraft, StartDraft } from '@/components/standards/draft-actions';
import { ReviewLink } from '@/components/standards/review-link';
import { StandardsNav } from '@/components/standards/standards-nav';
import { SettingsChanges } from '@/components/model/settings-changes';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { draftCategories, draftVersion } from '@/lib/standards/store';
import { settingsChanges } from '@/lib/model/settings-store';
import { loadPublished, localized } from '@/lib/standards/queries';

export default async function DraftStandardsPage() {
  await requireStaff('standards.edit');
  const db = await getDb();
  const [t, locale, version, published] = await Promise.all([getTranslations('standards'), getLocale(), draftVersion(db), loadPublished(db)]);
  const [rows, changes] = version === null ? [[], []] : await Promise.all([
    draftCategories(db, version), settingsChanges(db, published?.summary.version ?? null, version),
  ]);
  const names = Object.fromEntries(rows.map((c) => [c.categoryId, localized(c, 'name', locale)]));
  return (
    <div>
      <PageHeader title={t('draft.title')} description={t('draft.description')}
        actions={version !== null && (
          <>
            <DiscardDraft version={version} />
            <ReviewLink label={t('links.review')} />
          </>
        )} />
      <StandardsNav active="draft" editor />
      {version === null ? <StartDraft /> : (
        <div className="space-y-3">
          <p className="text-sm font-medium text-slate-700">{t('draft.basedOn', { version })}</p>
          {rows.map((c) => <CategoryEditor key={c.categoryId} version={version} category={c} />)}
          <AddCategoryForm version={version} />
          {/* The thresholds and weights are edited on /admin/model; the draft shows what they change. */}
          <SettingsChanges changes={changes} names={names} />
        </div>
      )}
    </div>
  );
}
