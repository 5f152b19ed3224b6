import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { incidentOptions, loadSection } from '@/lib/sections/queries';
import { PageHeader } from '@/components/ui/page-header';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/incidents/panel';
import { SectionFacts, SectionHistory, SectionPosts } from '@/components/sections/section-detail';
import { SectionControls } from '@/components/sections/section-controls';
import { ClosureDecision } from '@/components/sections/closure-decision';

export const dynamic = 'force-dynamic';

export default async function SectionPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff('section.view');
  const { id } = await params;
  const db = await getDb();
  const [t, d, incidents] = await Promise.all([getTranslations('sections'), loadSection(db, id), incidentOptions(db)]);
  if (!d) notFound();
  const pending = d.closures.find((c) => c.status === 'pending');
  return (
    <div className="space-y-4">
      <PageHeader title={<span className="break-words">{d.section.name}</span>} description={t(`kind.${d.section.kind}`)} />
      {pending && (
        <Panel title={t('actions.pendingTitle')}>
          <p className="mb-2 text-sm whitespace-pre-wrap break-words">{t(`actions.target_${pending.target}`)}{pending.target === 'group_account' && d.section.ownerAccountId ? ` (${d.section.ownerAccountId})` : ''}: {pending.reason} — {t('detail.proposedBy', { name: pending.proposerName })}</p>
          {can(me.role, 'section.approve') && (pending.proposedBy === me.id
            ? <Alert tone="info">{t('actions.ownProposal')}</Alert>
            : <ClosureDecision closureId={pending.id} />)}
        </Panel>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <SectionFacts d={d} />
        {can(me.role, 'section.act') && (
          <Panel title={t('inspect.action')}>
            <SectionControls section={d.section} incidents={incidents} closurePending={!!pending} />
          </Panel>
        )}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <SectionPosts d={d} />
        <div className="space-y-4"><SectionHistory d={d} /></div>
      </div>
    </div>
  );
}
