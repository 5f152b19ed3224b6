import { getFormatter, getTranslations } from 'next-intl/server';
import type { ProtectionView } from '@/lib/protection/queries';
import { Panel } from '@/components/incidents/panel';
import { ProtectionControls } from './protection-controls';

/** The account page's protection card: the controls, then what was set before and how it ended. */
export async function ProtectionPanel({ protection, canSet }: { protection: ProtectionView; canSet: boolean }) {
  const [t, format] = await Promise.all([getTranslations('protection'), getFormatter()]);
  const past = protection.history.filter((h) => h.id !== protection.current?.id);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Panel title={t('title')}>
      <ProtectionControls accountId={protection.accountId} protection={protection} canSet={canSet} />
      {past.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold text-slate-800">{t('history.title')}</h3>
          <ul className="divide-y divide-slate-100 text-sm">
            {past.map((h) => (
              <li key={h.id} className="py-1.5">
                <span className="break-words">{h.channels.map((c) => t(`channel.${c}`)).join(t('listSeparator'))}</span>
                <span className="block text-xs text-slate-600">
                  {date(h.setAt)} · {h.source === 'account' ? t('setByAccount') : t('setByStaff', { name: h.setByName ?? '' })}
                  {h.endedAt && <> · {t(`history.ended.${h.endedHow ?? 'staff'}`, { date: date(h.endedAt) })}</>}
                </span>
                {h.reason && <span className="block break-words text-xs text-slate-500">{h.reason}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
