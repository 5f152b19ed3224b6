import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { CategoryEditor } from '@/components/standards/category-editor';
import { AddCategoryForm, DiscardDraft, StartDraft } from '@/components/standards/draft-actions';
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
            <Link href="/standards/draft/diff" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">{t('links.review')}</Link>
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
