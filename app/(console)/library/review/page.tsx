import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExampleList } from '@/components/library/example-list';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { categoryOptions } from '@/lib/categories/queries';
import { searchExamples } from '@/lib/library/queries';
import { filtersFromParams } from '@/lib/library/search-query';

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ searchParams }: { searchParams: Search }) {
  await requireStaff('library.review');
  const params = await searchParams;
  const filters = { ...filtersFromParams(params), status: 'proposed' as const };
  const cursor = typeof params.after === 'string' ? params.after : null;
  const db = await getDb();
  const [page, categories, t] = await Promise.all([searchExamples(db, filters, cursor), categoryOptions(db, await getLocale()), getTranslations('library')]);
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const categoryName = (id: string | null) => (id ? names.get(id) ?? id : t('detail.uncategorized'));
  return (
    <div className="space-y-3">
      <Link href="/library" className="text-sm text-brand-700 hover:underline">← {t('actions.back')}</Link>
      <PageHeader title={t('review.title')} description={t('review.description')} />
      {page.rows.length ? <ExampleList rows={page.rows} categoryName={categoryName} /> : <p className="text-sm text-slate-600">{t('review.empty')}</p>}
      {page.next && <Link className="text-sm text-brand-700 hover:underline" href={`/library/review?after=${page.next}`}>{t('search.next')}</Link>}
    </div>
  );
}
