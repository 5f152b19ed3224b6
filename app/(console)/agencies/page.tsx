import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { listAgencies } from '@/lib/agencies/queries';
import { PageHeader } from '@/components/ui/page-header';
import { AgencyTable } from '@/components/agencies/agency-table';

export const dynamic = 'force-dynamic';

export default async function AgenciesPage() {
  await requireStaff('agency.view');
  const [t, rows] = await Promise.all([getTranslations('agencies'), listAgencies(await getDb())]);
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      <AgencyTable rows={rows} />
    </div>
  );
}
