import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import type { ReporterView } from '@/lib/reporters/queries';

/** How many reports, how many decided, and the share of decided ones that led to action. */
export function ReporterRecordPanel({ view }: { view: ReporterView }) {
  const t = useTranslations('reporters.record');
  const format = useFormatter();
  const r = view.record;
  return (
    <section aria-labelledby="record-title" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="reporter-record">
      <h2 id="record-title" className="mb-2 font-semibold text-slate-900">{t('title')}</h2>
      <p className="text-sm text-slate-700">{t('total', { count: r.total })} · {t('decided', { count: r.decided })} · {t('pending', { count: r.pending })}</p>
      <dl className="mt-2 text-sm">
        <dt className="font-medium text-slate-700">{t('accuracy')}</dt>
        <dd className="text-slate-900" data-testid="reporter-accuracy">
          {r.accuracy === null ? t('accuracyNone')
            : t('accuracyValue', { share: format.number(r.accuracy, { style: 'percent', maximumFractionDigits: 0 }), actioned: r.actioned, decided: r.decided })}
        </dd>
      </dl>
      <p className="mt-1 text-xs text-slate-500">{t('accuracyHelp')}</p>
    </section>
  );
}

/** Every report the reporter filed, newest first, with its case and how that was decided. */
export function ReporterReports({ view, categoryName }: { view: ReporterView; categoryName: (id: string | null) => string }) {
  const t = useTranslations('reporters.reports');
  const tq = useTranslations('queue');
  const tc = useTranslations('case');
  const format = useFormatter();
  return (
    <section aria-labelledby="reporter-reports-title" className="space-y-2">
      <h2 id="reporter-reports-title" className="font-semibold text-slate-900">{t('title')}</h2>
      {view.reports.length < view.record.total && <p className="text-xs text-slate-500">{t('shown', { shown: view.reports.length, total: view.record.total })}</p>}
      <Table>
        <THead>
          <Th>{t('received')}</Th><Th>{t('channel')}</Th><Th>{t('category')}</Th><Th>{t('case')}</Th><Th>{t('outcome')}</Th>
        </THead>
        <TBody>
          {view.reports.map((r) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap">{format.dateTime(r.receivedAt, { dateStyle: 'short', timeStyle: 'short' })}</Td>
              <Td>{tq(`channels.${r.channel}`)}</Td>
              <Td>{categoryName(r.categoryId)}</Td>
              <Td><Link href={`/cases/${r.caseId}`} className="font-mono text-xs text-brand-700 hover:underline">{r.caseId.slice(0, 8)}</Link></Td>
              <Td>
                {r.decision ? <Badge tone={r.decision === 'not_violation' ? 'neutral' : 'green'}>{tc(`actions.${r.decision}`)}</Badge>
                  : <Badge>{r.caseStatus === 'escalated' ? t('escalated') : t('waiting')}</Badge>}
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
