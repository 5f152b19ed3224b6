import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardFigures } from '@/lib/dashboard/queries';
import { DailyChart } from './daily-chart';

const th = 'px-3 py-1.5 font-medium';

export async function DailySection({ figures }: { figures: DashboardFigures }) {
  const [t, format] = await Promise.all([getTranslations('dashboard.daily'), getFormatter()]);
  // Days are calendar dates already counted in the console's zone: format them as dates, not instants.
  const label = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const rows = figures.days.map((d) => ({ ...d, label: label(d.day) }));
  return (
    <section aria-labelledby="dashboard-daily-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="dashboard-daily-title" className="mb-3 font-medium text-slate-900">{t('title')}</h2>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <DailyChart
            data={rows.map(({ label: l, received, handled }) => ({ label: l, received, handled }))}
            label={t('chartLabel', { received: figures.totals.received, handled: figures.totals.handled, days: rows.length })}
            names={{ received: t('received'), handled: t('handled') }}
          />
        </div>
        {/* Focusable so that keyboard users can scroll a month of rows. */}
        <div className="max-h-72 overflow-y-auto rounded border border-slate-200" tabIndex={0} role="region" aria-labelledby="dashboard-daily-caption">
          <table className="w-full text-left text-sm" data-testid="daily-table">
            <caption id="dashboard-daily-caption" className="sr-only">{t('caption')}</caption>
            <thead className="sticky top-0 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className={th}>{t('day')}</th>
                <th scope="col" className={`${th} text-right`}>{t('received')}</th>
                <th scope="col" className={`${th} text-right`}>{t('handled')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.day}>
                  <th scope="row" className="px-3 py-1 font-normal"><time dateTime={r.day}>{r.label}</time></th>
                  <td className="px-3 py-1 text-right tabular-nums">{format.number(r.received)}</td>
                  <td className="px-3 py-1 text-right tabular-nums">{format.number(r.handled)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
