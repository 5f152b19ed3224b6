'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { channels, queueSearchParams, queueStatuses, type QueueFilters } from '@/lib/reports/queue-filters';
import type { CategoryOption } from '@/lib/categories/queries';

const select = 'max-w-44 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

/** Filters live in the URL: a filtered queue can be bookmarked, shared and reloaded. */
export function QueueFiltersBar({ basePath, filters, categories, fixedStatus }: {
  basePath: string;
  filters: QueueFilters;
  categories: CategoryOption[];
  fixedStatus?: boolean;
}) {
  const t = useTranslations('queue');
  const router = useRouter();
  // A new filter starts from the first page: the old cursor belongs to another ordering of rows.
  const go = (change: Partial<QueueFilters>) => {
    const { status, ...rest } = { ...filters, ...change };
    const query = queueSearchParams(fixedStatus ? rest : { status, ...rest }).toString();
    router.replace(query ? `${basePath}?${query}` : basePath);
  };
  const check = (key: 'minors' | 'overdue' | 'mine') => (
    <label className="flex items-center gap-1.5 text-sm text-slate-700">
      <input type="checkbox" className="size-4" checked={filters[key]} onChange={(e) => go({ [key]: e.target.checked })} />
      {t(`filters.${key}`)}
    </label>
  );
  return (
    <div role="group" aria-label={t('filters.label')} className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-slate-200 bg-white px-3 py-2">
      {!fixedStatus && (
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          {t('filters.status')}
          <select className={select} value={filters.status} onChange={(e) => go({ status: e.target.value as QueueFilters['status'] })}>
            {queueStatuses.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
          </select>
        </label>
      )}
      <label className="flex items-center gap-1.5 text-sm text-slate-700">
        {t('filters.channel')}
        <select className={select} value={filters.channel ?? ''} onChange={(e) => go({ channel: (e.target.value || undefined) as QueueFilters['channel'] })}>
          <option value="">{t('filters.any')}</option>
          {channels.map((c) => <option key={c} value={c}>{t(`channels.${c}`)}</option>)}
        </select>
      </label>
      <label className="flex items-center gap-1.5 text-sm text-slate-700">
        {t('filters.category')}
        <select className={select} value={filters.category ?? ''} onChange={(e) => go({ category: e.target.value || undefined })}>
          <option value="">{t('filters.any')}</option>
          {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </label>
      {check('minors')}
      {check('overdue')}
      {check('mine')}
      <button type="button" className="ml-auto rounded px-2 py-1 text-sm text-slate-600 underline-offset-2 hover:underline" onClick={() => router.replace(basePath)}>
        {t('filters.clear')}
      </button>
    </div>
  );
}
