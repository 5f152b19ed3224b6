import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExampleList } from '@/components/library/example-list';
import { SearchForm } from '@/components/library/search-form';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { categoryOptions } from '@/lib/categories/queries';
import { searchExamples } from '@/lib/library/queries';
import { filtersFromParams } from '@/lib/library/search-query';

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function LibraryPage({ searchParams }: { searchParams: Search }) {
  const me = await requireStaff('library.view');
  const params = await searchParams;
  const filters = filtersFromParams(params);
  const cursor = typeof params.after === 'string' ? params.after : null;
  const db = await getDb();
  const [page, categories, t] = await Promise.all([
    searchExamples(db, filters, cursor), categoryOptions(db, await getLocale()), getTranslations('library'),
  ]);
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const categoryName = (id: string | null) => (id ? names.get(id) ?? id : t('detail.uncategorized'));
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v).map(([k, v]) => [k, String(v)]));
  const nextHref = page.next ? `/library?${new URLSearchParams([...query, ['after', page.next]])}` : null;
  const admin = can(me.role, 'library.review');
  const link = 'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100';

  return (
    <div className="space-y-3">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={admin && (
          <>
            <Link className={link} href="/library/review">{t('actions.review')}</Link>
            <Link className={link} href="/library/import">{t('actions.import')}</Link>
            <a className={link} href="/library/export/csv">{t('actions.exportCsv')}</a>
            <a className={link} href="/library/export/json">{t('actions.exportJson')}</a>
          </>
        )}
      />
      <SearchForm filters={filters} categories={categories} />
      <p role="status" className="text-sm text-slate-600">{t('search.results', { count: page.rows.length })}</p>
      {page.rows.length > 0 && <ExampleList rows={page.rows} categoryName={categoryName} />}
      <nav className="flex gap-3 text-sm">
        {cursor && <Link className="text-brand-700 hover:underline" href={`/library?${query}`}>{t('search.first')}</Link>}
        {nextHref && <Link className="text-brand-700 hover:underline" href={nextHref}>{t('search.next')}</Link>}
      </nav>
    </div>
  );
}
