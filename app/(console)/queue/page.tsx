import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { QueueView } from '@/components/queue/queue-view';
import { CaseJump } from '@/components/queue/case-jump';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { loadQueuePage, type SearchParams } from '@/lib/reports/queue-page';
import { assignableStaff } from '@/lib/reports/assignees';

export default async function QueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireStaff('queue.view');
  const [q, t, assignees] = await Promise.all([
    loadQueuePage(me, await searchParams, await getLocale()), getTranslations('queue'),
    can(me.role, 'case.assign') ? assignableStaff() : Promise.resolve(null),
  ]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<CaseJump />} />
      <QueueView
        kind="open"
        basePath="/queue"
        filters={q.filters}
        cursor={q.cursor}
        initial={q.initial}
        categories={q.categories}
        viewerId={me.id}
        serverNow={Date.now()}
        canClaim={can(me.role, 'case.claim')}
        escalationsHref={can(me.role, 'escalation.view') ? '/escalations' : '/queue?status=escalated'}
        notice={q.justDecided ? t('decided') : null}
        bulk={can(me.role, 'case.decide') ? { assignees } : undefined}
      />
    </>
  );
}
