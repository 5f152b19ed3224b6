import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { DetectorSettingsForm } from '@/components/alerts/settings-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';
import { loadDetectorSettings } from '@/lib/signals/settings';
import { PREVIEW_DAYS } from '@/lib/signals/preview';

export const dynamic = 'force-dynamic';

export default async function EarlyWarningSettingsPage() {
  await requireStaff('alert.settings');
  const [current, t] = await Promise.all([loadDetectorSettings(await getDb()), getTranslations('alerts.settings')]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description', { days: PREVIEW_DAYS })} />
      <DetectorSettingsForm current={current} />
    </>
  );
}
