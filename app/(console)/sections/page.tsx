import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { incidentOptions, listSections, parseFilters, type SectionFilters as Filters } from '@/lib/sections/queries';
import { PageHeader } from '@/components/ui/page-header';
import { SectionTabs } from '@/components/sections/section-tabs';
import { SectionFilters } from '@/components/sections/section-filters';
import { Pager, SectionTable } from '@/components/sections/section-table';

export const dynamic = 'force-dynamic';

const hrefFor = (f: Filters, page: number) => {
  const q = new URLSearchParams();
  for (const k of ['kind', 'status', 'incident'] as const) if (f[k]) q.set(k, f[k]!);
  if (f.sort !== 'heat') q.set('sort', f.sort);
  q.set('page', String(page));
  return `/sections?${q}`;
};

export default async function SectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireStaff('section.view');
  const filters = parseFilters(await searchParams);
  const db = await getDb();
  const [t, list, incidents] = await Promise.all([getTranslations('sections'), listSections(db, filters), incidentOptions(db)]);
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <SectionTabs current="all" showRules={can(me.role, 'section.rules')} />
      <SectionFilters filters={filters} incidents={incidents} />
      <SectionTable rows={list.rows} />
      <Pager page={filters.page} hasNext={list.hasNext} href={(p) => hrefFor(filters, p)} />
    </div>
  );
}
