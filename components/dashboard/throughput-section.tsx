import { getFormatter, getTranslations } from 'next-intl/server';
import type { ModeratorThroughput } from '@/lib/dashboard/queries';
import { ThroughputChart } from './throughput-chart';

const th = 'px-3 py-1.5 font-medium';

export async function ThroughputSection({ moderators }: { moderators: ModeratorThroughput[] }) {
  const [t, format] = await Promise.all([getTranslations('dashboard.moderators'), getFormatter()]);
  return (
    <section aria-labelledby="dashboard-moderators-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="dashboard-moderators-title" className="mb-3 font-medium text-slate-900">{t('title')}</h2>
      {moderators.length === 0 ? (
        <p className="text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <ThroughputChart
              data={moderators.map((m) => ({ name: m.name, decided: m.decided, escalated: m.escalated }))}
              label={t('chartLabel')}
              names={{ decided: t('decided'), escalated: t('escalated') }}
            />
          </div>
          <div className="max-h-96 overflow-y-auto rounded border border-slate-200" tabIndex={0} role="region" aria-labelledby="dashboard-moderators-caption">
            <table className="w-full text-left text-sm" data-testid="moderators-table">
              <caption id="dashboard-moderators-caption" className="sr-only">{t('caption')}</caption>
              <thead className="sticky top-0 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className={th}>{t('name')}</th>
                  <th scope="col" className={`${th} text-right`}>{t('decided')}</th>
                  <th scope="col" className={`${th} text-right`}>{t('escalated')}</th>
                  <th scope="col" className={`${th} text-right`}>{t('total')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {moderators.map((m) => (
                  <tr key={m.staffId}>
                    <th scope="row" className="px-3 py-1 font-normal">{m.name}</th>
                    <td className="px-3 py-1 text-right tabular-nums">{format.number(m.decided)}</td>
                    <td className="px-3 py-1 text-right tabular-nums">{format.number(m.escalated)}</td>
                    <td className="px-3 py-1 text-right font-medium tabular-nums">{format.number(m.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
