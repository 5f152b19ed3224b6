import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { loadAgency } from '@/lib/agencies/queries';
import { PageHeader } from '@/components/ui/page-header';
import { MembersTable } from '@/components/agencies/members-table';
import { HypedIncidents } from '@/components/agencies/hyped-incidents';
import { ActionHistory } from '@/components/agencies/action-history';
import { ProposeForm } from '@/components/agencies/propose-form';

export const dynamic = 'force-dynamic';

export default async function AgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff('agency.view');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const detail = await loadAgency(await getDb(), id);
  if (!detail) notFound();
  const open = detail.incidents.filter((i) => i.status !== 'closed').map(({ id: incidentId, title }) => ({ id: incidentId, title }));
  return (
    <div className="space-y-6">
      <PageHeader title={<span className="break-words">{detail.agency.name || detail.agency.externalId}</span>} description={detail.agency.externalId} />
      <HypedIncidents incidents={detail.incidents} />
      <ActionHistory actions={detail.actions} meId={me.id} canDecide={can(me.role, 'sanction.approve')} />
      {can(me.role, 'sanction.propose') && <ProposeForm agencyId={id} incidents={open} />}
      <MembersTable members={detail.members} />
    </div>
  );
}
