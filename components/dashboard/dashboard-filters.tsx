import Form from 'next/form';
import Link from 'next/link';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { presets, type DashboardFilters as Filters, type DashboardParams } from '@/lib/dashboard/period';
import { channels } from '@/lib/reports/queue-filters';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';

/** A plain GET form: the filters live in the URL, so a view can be bookmarked and shared. */
export async function DashboardFilters({ filters, values }: { filters: Filters; values: DashboardParams }) {
  const [t, tq, timeZone] = await Promise.all([getTranslations('dashboard.filters'), getTranslations('queue.channels'), getTimeZone()]);
  const custom = filters.period === 'custom';
  return (
    <Form action="/dashboard" aria-labelledby="dashboard-filters-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="dashboard-filters-title" className="font-medium text-slate-900">{t('title')}</h2>
      <div className="grid gap-3 md:grid-cols-4">
        <Field id="dashboard-period" label={t('period')}>
          <Select id="dashboard-period" name="period" defaultValue={filters.period}>
            {[...presets, 'custom' as const].map((p) => <option key={p} value={p}>{t(`presets.${p}`)}</option>)}
          </Select>
        </Field>
        <Field id="dashboard-from" label={t('from')}>
          <Input id="dashboard-from" name="from" type="date" defaultValue={custom ? values.from : undefined} aria-describedby="dashboard-custom-hint" />
        </Field>
        <Field id="dashboard-to" label={t('to')}>
          <Input id="dashboard-to" name="to" type="date" defaultValue={custom ? values.to : undefined} aria-describedby="dashboard-custom-hint" />
        </Field>
        <Field id="dashboard-channel" label={t('channel')}>
          <Select id="dashboard-channel" name="channel" defaultValue={filters.channel ?? ''}>
            <option value="">{t('anyChannel')}</option>
            {channels.map((c) => <option key={c} value={c}>{tq(c)}</option>)}
          </Select>
        </Field>
      </div>
      <p id="dashboard-custom-hint" className="text-xs text-slate-500">{t('customHint', { timeZone })}</p>
      <div className="flex items-center gap-3">
        <Button type="submit">{t('apply')}</Button>
        <Link href="/dashboard" className="text-sm text-brand-600 underline">{t('reset')}</Link>
      </div>
    </Form>
  );
}
