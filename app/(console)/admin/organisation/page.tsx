import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { organisationTimeZone } from '@/lib/organisation/time-zone';
import { PageHeader } from '@/components/ui/page-header';
import { TimeZoneForm } from '@/components/organisation/time-zone-form';

export const dynamic = 'force-dynamic';

export default async function OrganisationPage() {
  await requireStaff('organisation.settings');
  const [t, zone] = await Promise.all([getTranslations('organisation'), organisationTimeZone(await getDb())]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      <TimeZoneForm current={zone} />
    </div>
  );
}
