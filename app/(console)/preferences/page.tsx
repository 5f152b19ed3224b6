import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { memberWellness } from '@/lib/wellness/queries';
import { PageHeader } from '@/components/ui/page-header';
import { PreferenceForm } from '@/components/wellness/preference-form';

export const dynamic = 'force-dynamic';

export default async function PreferencesPage() {
  const me = await requireStaff('wellness.self');
  const [t, wellness] = await Promise.all([getTranslations('wellness.preferences'), memberWellness(await getDb(), me.id)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      <PreferenceForm own={wellness.own} organisationDefault={wellness.defaults.mediaPreference} />
      <p className="text-sm text-slate-600">{t('breakNote', { minutes: wellness.defaults.breakMinutes })}</p>
    </div>
  );
}
