import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { QueueView } from '@/components/queue/queue-view';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { loadQueuePage, type SearchParams } from '@/lib/reports/queue-page';

/** The supervisors' queue: escalated cases, in the same order and with the same tools as the main one. */
export default async function EscalationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireStaff('escalation.view');
  const [q, t] = await Promise.all([
    loadQueuePage(me, await searchParams, await getLocale(), { status: 'escalated' }),
    getTranslations('queue'),
  ]);
  return (
    <>
      <PageHeader title={t('escalations.title')} description={t('escalations.description')} />
      <QueueView
        kind="escalated"
        basePath="/escalations"
        filters={q.filters}
        cursor={q.cursor}
        initial={q.initial}
        categories={q.categories}
        viewerId={me.id}
        serverNow={Date.now()}
        canClaim={can(me.role, 'escalation.decide')}
        escalationsHref="/escalations"
        notice={q.justDecided ? t('decided') : null}
      />
    </>
  );
}
