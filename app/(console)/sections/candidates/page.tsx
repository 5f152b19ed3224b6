import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listSections, parseFilters } from '@/lib/sections/queries';
import { PageHeader } from '@/components/ui/page-header';
import { SectionTabs } from '@/components/sections/section-tabs';
import { Pager, SectionTable } from '@/components/sections/section-table';

export const dynamic = 'force-dynamic';

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireStaff('section.view');
  const filters = { ...parseFilters(await searchParams), candidates: true };
  const [t, list] = await Promise.all([getTranslations('sections'), listSections(await getDb(), filters)]);
  return (
    <div>
      <PageHeader title={t('candidates.title')} description={t('candidates.description')} />
      <SectionTabs current="candidates" showRules={can(me.role, 'section.rules')} />
      <SectionTable rows={list.rows} empty={t('candidates.empty')} />
      <Pager page={filters.page} hasNext={list.hasNext} href={(p) => `/sections/candidates?page=${p}`} />
    </div>
  );
}
