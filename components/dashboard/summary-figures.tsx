import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardFigures } from '@/lib/dashboard/queries';
import { splitDuration } from '@/lib/dashboard/stats';

type Tile = { key: string; label: string; value: string; detail?: string; tone?: string };

/** The headline numbers as a description list: read in order, each with what it counts. */
export async function SummaryFigures({ figures }: { figures: DashboardFigures }) {
  const [t, format] = await Promise.all([getTranslations('dashboard'), getFormatter()]);
  const duration = (seconds: number | null) => {
    if (seconds === null) return t('summary.none');
    const d = splitDuration(seconds);
    return d.unit === 'h' ? t('duration.h', { value: d.value, minutes: d.minutes ?? 0 }) : t(`duration.${d.unit}`, { value: d.value });
  };
  const { minors, firstAction, overdue, totals } = figures;
  const minorsTotal = minors.decided + minors.missedOpen;
  const tiles: Tile[] = [
    { key: 'received', label: t('summary.received'), value: format.number(totals.received) },
    { key: 'handled', label: t('summary.handled'), value: format.number(totals.handled), detail: t('summary.handledHelp') },
    { key: 'p50', label: t('summary.p50'), value: duration(firstAction.p50), detail: t('summary.firstActionHelp', { count: firstAction.cases }) },
    { key: 'p95', label: t('summary.p95'), value: duration(firstAction.p95), detail: t('summary.firstActionHelp', { count: firstAction.cases }) },
    {
      key: 'minors',
      label: t('summary.minors'),
      value: minors.share === null ? t('summary.none') : format.number(minors.share, { style: 'percent', maximumFractionDigits: 1 }),
      detail: t('summary.minorsDetail', { onTime: minors.onTime, total: minorsTotal }),
      tone: minors.share !== null && minors.share < 1 ? 'text-red-700' : undefined,
    },
    {
      key: 'overdue',
      label: t('summary.overdue'),
      value: format.number(overdue.total),
      detail: t('summary.overdueHelp', { minors: overdue.minors }),
      tone: overdue.total > 0 ? 'text-amber-800' : undefined,
    },
  ];
  return (
    <section aria-labelledby="dashboard-summary-title">
      <h2 id="dashboard-summary-title" className="sr-only">{t('summary.label')}</h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {tiles.map((tile) => (
          <div key={tile.key} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`figure-${tile.key}`}>
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd className={`mt-1 text-2xl font-semibold tabular-nums ${tile.tone ?? 'text-slate-900'}`}>{tile.value}</dd>
            {tile.detail && <dd className="mt-1 text-xs text-slate-500">{tile.detail}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
