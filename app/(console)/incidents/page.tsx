import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listIncidents } from '@/lib/incidents/queries';
import { PageHeader } from '@/components/ui/page-header';
import { CreateIncidentForm } from '@/components/incidents/create-incident-form';
import { IncidentTable } from '@/components/incidents/incident-table';

export default async function IncidentsPage() {
  const me = await requireStaff('incident.view');
  const [t, rows] = await Promise.all([getTranslations('incidents'), listIncidents(await getDb())]);
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      {can(me.role, 'incident.manage') && <CreateIncidentForm />}
      <IncidentTable rows={rows} />
    </div>
  );
}
