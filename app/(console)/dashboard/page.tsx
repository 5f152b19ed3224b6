import { getTimeZone, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { parseDashboardParams } from '@/lib/dashboard/period';
import { loadDashboard } from '@/lib/dashboard/queries';
import { PageHeader } from '@/components/ui/page-header';
import { DashboardView } from '@/components/dashboard/dashboard-view';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  await requireStaff('dashboard.view');
  const [t, timeZone, raw, db] = await Promise.all([getTranslations('dashboard'), getTimeZone(), searchParams, getDb()]);
  const now = new Date();
  const { filters, values, invalid } = parseDashboardParams(raw, now, timeZone);
  const figures = await loadDashboard(db, filters, { now, timeZone });
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <DashboardView filters={filters} values={values} invalid={invalid} figures={figures} />
    </>
  );
}
