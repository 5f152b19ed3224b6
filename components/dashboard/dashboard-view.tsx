import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardFilters as Filters, DashboardParams } from '@/lib/dashboard/period';
import type { DashboardFigures } from '@/lib/dashboard/queries';
import { Alert } from '@/components/ui/alert';
import { DashboardFilters } from './dashboard-filters';
import { SummaryFigures } from './summary-figures';
import { DailySection } from './daily-section';
import { ThroughputSection } from './throughput-section';

type Props = { filters: Filters; values: DashboardParams; invalid: string[]; figures: DashboardFigures };

export async function DashboardView({ filters, values, invalid, figures }: Props) {
  const [t, tq, format] = await Promise.all([getTranslations('dashboard'), getTranslations('queue.channels'), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const range = { from: when(filters.from), to: when(filters.to) };
  const fields = invalid.map((k) => t(`filters.fields.${k}` as 'filters.fields.period')).join(', ');
  return (
    <div className="space-y-4">
      <DashboardFilters filters={filters} values={values} />
      {invalid.length > 0 && <Alert tone="info">{t('filters.invalid', { fields })}</Alert>}
      <p className="text-sm text-slate-600" data-testid="dashboard-range" aria-live="polite">
        {filters.channel ? t('showingChannel', { ...range, channel: tq(filters.channel) }) : t('showing', range)}
      </p>
      <SummaryFigures figures={figures} />
      <DailySection figures={figures} />
      <ThroughputSection moderators={figures.moderators} />
    </div>
  );
}
