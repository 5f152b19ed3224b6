import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { wellnessDefaults } from '@/lib/wellness/queries';
import { PageHeader } from '@/components/ui/page-header';
import { DefaultsForm } from '@/components/wellness/defaults-form';

export const dynamic = 'force-dynamic';

export default async function WellnessDefaultsPage() {
  await requireStaff('wellness.settings');
  const [t, current] = await Promise.all([getTranslations('wellness.defaults'), wellnessDefaults(await getDb())]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      <DefaultsForm current={current} />
    </div>
  );
}
