import { getDb } from '@/db/client';
import type { Staff } from '@/db/schema';
import { categoryOptions } from '@/lib/categories/queries';
import { listQueue, queueCounts } from './queue';
import { parseQueueFilters, type QueueFilters } from './queue-filters';

export type SearchParams = Record<string, string | string[] | undefined>;

/** What the queue and escalation pages render first: the filtered page, header counts, category names. */
export async function loadQueuePage(viewer: Staff, params: SearchParams, locale: string, fixed: Partial<QueueFilters> = {}) {
  const filters: QueueFilters = { ...parseQueueFilters(params), ...fixed };
  const cursor = typeof params.cursor === 'string' ? params.cursor : null;
  const db = await getDb();
  const [page, counts, categories] = await Promise.all([
    listQueue(db, filters, cursor, 50, viewer.id),
    queueCounts(db),
    categoryOptions(db, locale),
  ]);
  return { filters, cursor, initial: { ...page, counts }, categories, justDecided: params.done === '1' };
}
