import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { CaseView } from '@/lib/reports/case-view';
import { Panel } from './panel';

/** Every report on the case: who reported, whether a minor is involved, and what they said. */
export function ReportsTable({ reports, categoryName }: { reports: CaseView['reports']; categoryName: (id: string | null) => string }) {
  const t = useTranslations('case.reports');
  const tr = useTranslations('reporters');
  const format = useFormatter();
  return (
    <Panel id="reports" title={t('title', { count: reports.length })}>
      {/* Focusable so that keyboard users can scroll a long list of reports. */}
      <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={t('title', { count: reports.length })}>
        <table className="w-full table-fixed text-sm">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="w-40 py-1 pr-2">{t('reporter')}</th>
              <th scope="col" className="w-36 py-1 pr-2">{t('flags')}</th>
              <th scope="col" className="w-36 py-1 pr-2">{t('category')}</th>
              <th scope="col" className="w-36 py-1 pr-2">{t('received')}</th>
              <th scope="col" className="py-1">{t('description')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} className="border-t border-slate-100 align-top">
                <td className="truncate py-1 pr-2 font-mono text-xs" title={r.externalId}>
                  {/* The reporter's history, accuracy and mute. */}
                  <Link href={`/reporters/${encodeURIComponent(r.reporterAccountId)}`} className="text-brand-700 hover:underline" aria-label={tr('open', { id: r.reporterAccountId })}>
                    {r.reporterAccountId}
                  </Link>
                </td>
                <td className="py-1 pr-2">
                  <span className="flex flex-wrap gap-1">
                    {r.reporterIsMinor && <Badge tone="red">{t('reporterMinor')}</Badge>}
                    {r.targetIsMinor && <Badge tone="red">{t('targetMinor')}</Badge>}
                    {!r.reporterIsMinor && !r.targetIsMinor && t('none')}
                  </span>
                </td>
                <td className="truncate py-1 pr-2">{categoryName(r.categoryId)}</td>
                <td className="whitespace-nowrap py-1 pr-2 text-slate-600">{format.dateTime(r.receivedAt, { dateStyle: 'short', timeStyle: 'short' })}</td>
                <td className="whitespace-pre-wrap break-words py-1 text-slate-800">{r.description || t('none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
