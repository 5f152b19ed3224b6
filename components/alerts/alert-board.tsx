'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { listAlerts } from '@/lib/alerts/actions';
import type { AlertView } from '@/lib/alerts/queries';
import { ProtectionControls } from '@/components/protection/protection-controls';
import { AlertCard } from './alert-card';

type Board = { active: AlertView[]; handled: AlertView[] };
const REFRESH_MS = 10_000;

/** The alert board, refreshed in place like the queue: new surges appear without reloading. */
export function AlertBoard({ initial, serverNow, canAct, canProtect }: { initial: Board; serverNow: number; canAct: boolean; canProtect: boolean }) {
  const t = useTranslations('alerts');
  const query = useQuery({
    queryKey: ['alerts', serverNow],
    queryFn: async () => {
      const result = await listAlerts({});
      if (!result.ok) throw new Error(result.error.code);
      return result.data;
    },
    initialData: initial,
    initialDataUpdatedAt: serverNow,
    refetchInterval: REFRESH_MS,
  });
  const { active, handled } = query.data;
  const refresh = () => void query.refetch();
  return (
    <div className="space-y-4">
      {active.length === 0 && <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t('empty')}</p>}
      {active.map((a) => (
        <AlertCard
          key={a.id}
          alert={a}
          canAct={canAct}
          onChanged={refresh}
          protection={a.protection && <ProtectionControls accountId={a.key} protection={a.protection} canSet={canProtect} compact />}
        />
      ))}
      {handled.length > 0 && (
        <section className="space-y-4" aria-labelledby="alerts-handled">
          <h2 id="alerts-handled" className="pt-2 text-lg font-semibold text-slate-900">{t('handled')}</h2>
          {handled.map((a) => <AlertCard key={a.id} alert={a} canAct={false} onChanged={refresh} />)}
        </section>
      )}
    </div>
  );
}
