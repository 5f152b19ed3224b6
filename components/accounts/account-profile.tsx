import { getFormatter, getTranslations } from 'next-intl/server';
import type { AccountView } from '@/lib/accounts/queries';
import type { ProtectionView } from '@/lib/protection/queries';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/incidents/panel';

export async function AccountProfile({ view, protection }: { view: AccountView; protection?: ProtectionView }) {
  const [t, tp, format] = await Promise.all([getTranslations('accounts'), getTranslations('protection'), getFormatter()]);
  const a = view.account;
  const date = (d: Date | null | undefined) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : t('profile.unknown'));
  const rows: [string, React.ReactNode][] = [
    [t('profile.id'), <span key="id" className="break-all font-mono text-xs">{view.id}</span>],
    [t('profile.handle'), a?.handle || t('profile.unknown')],
    [t('profile.displayName'), a?.displayName || t('profile.unknown')],
    [t('profile.status'), <Badge key="s" tone={a?.status === 'closed' ? 'red' : 'green'}>{t(`status.${a?.status ?? 'active'}`)}</Badge>],
    [t('profile.verification'), t(`verification.${a?.verification ?? 'unverified'}`)],
    [t('profile.minor'), a?.isMinor ? <Badge key="m" tone="purple">{t('profile.yes')}</Badge> : t('profile.no')],
    [t('profile.agency'), view.agency?.name || t('profile.noAgency')],
    [t('profile.registeredAt'), date(a?.registeredAt)],
    [t('profile.firstSeenAt'), date(a?.firstSeenAt)],
    [t('profile.protection'), protection?.current
      ? <Badge key="p" tone="red">{tp('on')}</Badge>
      : <span key="p" className="text-slate-600">{tp('off')}</span>],
  ];
  return (
    <Panel title={t('profile.title')}>
      {!a && <p className="mb-2 text-sm text-amber-800">{t('profile.bare')}</p>}
      <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}

export async function NameHistory({ view }: { view: AccountView }) {
  const [t, format] = await Promise.all([getTranslations('accounts'), getFormatter()]);
  return (
    <Panel title={t('names.title')}>
      {view.names.length === 0 ? <p className="text-sm text-slate-600">{t('names.empty')}</p> : (
        <ol className="divide-y divide-slate-100 text-sm">
          {view.names.map((n) => (
            <li key={`${n.changedAt.toISOString()}-${n.handle}`} className="flex flex-wrap justify-between gap-2 py-1.5">
              <span className="break-words"><span className="font-medium">{n.displayName}</span> <span className="text-slate-500">{n.handle}</span></span>
              <span className="text-xs text-slate-500">{format.dateTime(n.changedAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
            </li>
          ))}
        </ol>
      )}
      {view.memberships.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold text-slate-800">{t('agencyHistory.title')}</h3>
          <ul className="text-sm">
            {view.memberships.map((m) => (
              <li key={`${m.agencyName}-${m.joinedAt.toISOString()}`} className="break-words">
                {m.agencyName} · {t('agencyHistory.joined', { date: format.dateTime(m.joinedAt, { dateStyle: 'medium' }) })}
                {m.leftAt && <>, {t('agencyHistory.left', { date: format.dateTime(m.leftAt, { dateStyle: 'medium' }) })}</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
