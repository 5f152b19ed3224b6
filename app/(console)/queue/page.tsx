import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { QueueView } from '@/components/queue/queue-view';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { categoryOptions } from '@/lib/reports/category-names';
import { listQueue, queueCounts } from '@/lib/reports/queue';
import { parseQueueFilters } from '@/lib/reports/queue-filters';

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function QueuePage({ searchParams }: { searchParams: Search }) {
  const me = await requireStaff('queue.view');
  const params = await searchParams;
  const filters = parseQueueFilters(params);
  const cursor = typeof params.cursor === 'string' ? params.cursor : null;
  const db = await getDb();
  const [page, counts, categories, t] = await Promise.all([
    listQueue(db, filters, cursor, 50, me.id),
    queueCounts(db),
    categoryOptions(db, await getLocale()),
    getTranslations('queue'),
  ]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueueView
        kind="open"
        basePath="/queue"
        filters={filters}
        cursor={cursor}
        initial={{ ...page, counts }}
        categories={categories}
        viewerId={me.id}
        serverNow={Date.now()}
        canClaim={can(me.role, 'case.claim')}
        escalationsHref={can(me.role, 'escalation.view') ? '/escalations' : '/queue?status=escalated'}
        notice={params.done === '1' ? t('decided') : null}
      />
    </>
  );
}
