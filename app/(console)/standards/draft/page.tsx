import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { CategoryEditor } from '@/components/standards/category-editor';
import { AddCategoryForm, DiscardDraft, StartDraft } from '@/components/standards/draft-actions';
import { ReviewLink } from '@/components/standards/review-link';
import { StandardsNav } from '@/components/standards/standards-nav';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { draftCategories, draftVersion } from '@/lib/standards/store';

export default async function DraftStandardsPage() {
  await requireStaff('standards.edit');
  const db = await getDb();
  const [t, version] = await Promise.all([getTranslations('standards'), draftVersion(db)]);
  const rows = version === null ? [] : await draftCategories(db, version);
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
        </div>
      )}
    </div>
  );
}
