import { getFormatter, getTranslations } from 'next-intl/server';
import type { deliveryHealth } from '@/lib/webhooks/queries';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';
import { RetryNowButton } from './retry-now-button';

type Health = Awaited<ReturnType<typeof deliveryHealth>>;

export async function DeliveryHealth({ health }: { health: Health }) {
  const [t, format] = await Promise.all([getTranslations('admin.webhook.health'), getFormatter()]);
  const figures = [
    { label: t('waiting'), value: format.number(health.waiting) },
    { label: t('failing'), value: format.number(health.failing) },
    { label: t('deliveredDay'), value: format.number(health.deliveredDay) },
    { label: t('oldest'), value: health.oldestWaiting ? format.relativeTime(health.oldestWaiting) : '—' },
  ];
  return (
    <section aria-labelledby="delivery-health" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="delivery-health" className="font-medium text-slate-900">{t('title')}</h2>
        {health.failing > 0 && <RetryNowButton label={t('retryNow')} />}
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-xs text-slate-600">{f.label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{f.value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="text-sm font-medium text-slate-800">{t('failuresTitle')}</h3>
      {health.failures.length === 0 ? <EmptyState>{t('noFailures')}</EmptyState> : (
        <Table caption={t('failuresTitle')}>
          <THead>
            <Th>{t('columns.id')}</Th><Th>{t('columns.topic')}</Th><Th>{t('columns.attempts')}</Th>
            <Th>{t('columns.error')}</Th><Th>{t('columns.next')}</Th>
          </THead>
          <TBody>
            {health.failures.map((f) => (
              <tr key={f.id}>
                <Td className="tabular-nums">{f.id}</Td>
                <Td className="font-mono text-xs">{f.topic}</Td>
                <Td className="tabular-nums">{f.attempts}</Td>
                <Td className="break-all text-red-800">{f.lastError}</Td>
                <Td className="text-slate-600">{format.relativeTime(f.nextAttemptAt)}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
