import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { loadIncidentWorkspace } from '@/lib/incidents/queries';
import { draftTemplate } from '@/lib/disclosures/template';
import { PageHeader } from '@/components/ui/page-header';
import { IncidentBadges } from '@/components/incidents/incident-badges';
import { IncidentControls } from '@/components/incidents/incident-controls';
import { PartiesPanel } from '@/components/incidents/parties-panel';
import { TermsPanel } from '@/components/incidents/terms-panel';
import { LinkedCasesPanel, MentioningPanel } from '@/components/incidents/cases-panels';
import { MeasuresPanel } from '@/components/incidents/measures-panel';
import { StatementsPanel } from '@/components/incidents/statements-panel';
import { DisclosuresPanel } from '@/components/incidents/disclosures-panel';
import { Timeline } from '@/components/incidents/timeline';
import { LinksPanel } from '@/components/incidents/links-panel';

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff('incident.view');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const w = await loadIncidentWorkspace(await getDb(), id);
  if (!w) notFound();
  const manage = can(me.role, 'incident.manage');
  return (
    <div className="space-y-4">
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2">{w.incident.title} <IncidentBadges status={w.incident.status} risk={w.incident.risk} /></span>}
        description={w.incident.summary || undefined}
        actions={manage ? <IncidentControls incident={w.incident} /> : undefined}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <PartiesPanel incidentId={id} parties={w.parties} canManage={manage} />
        <TermsPanel incidentId={id} terms={w.terms} canManage={manage} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <MeasuresPanel measures={w.measures} />
        <LinksPanel incidentId={id} links={w.links} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <LinkedCasesPanel incidentId={id} cases={w.cases} />
        <MentioningPanel incidentId={id} cases={w.mentioning} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <StatementsPanel incidentId={id} statements={w.statements} canPublish={can(me.role, 'statement.publish')} />
        <DisclosuresPanel incidentId={id} disclosures={w.disclosures} canDraft={can(me.role, 'disclosure.draft')}
          prefill={draftTemplate(w.measures)} />
      </div>
      <Timeline entries={w.timeline} />
    </div>
  );
}
