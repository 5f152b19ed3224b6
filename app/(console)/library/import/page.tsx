import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/library/import-form';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { knownCategoryIds } from '@/lib/library/import';

export default async function ImportPage() {
  await requireStaff('library.review');
  const [ids, t] = await Promise.all([getDb().then(knownCategoryIds), getTranslations('library')]);
  return (
    <div className="max-w-4xl space-y-3">
      <Link href="/library" className="text-sm text-brand-700 hover:underline">← {t('actions.back')}</Link>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <p className="text-sm text-slate-600">{t('import.rule')}</p>
      <ImportForm categoryIds={[...ids]} />
    </div>
  );
}
