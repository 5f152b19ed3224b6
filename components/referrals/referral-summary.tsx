import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReferralDetail } from '@/lib/referrals/queries';
import { AccountName } from './account-name';

/** Who, why, where it went and the bundle's recorded hash, as a definition list. */
export async function ReferralSummary({ r }: { r: ReferralDetail }) {
  const [t, format] = await Promise.all([getTranslations('referrals'), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const rows: [string, React.ReactNode][] = [
    [t('fields.account'), <AccountName key="a" id={r.accountId} handle={r.handle} displayName={r.displayName} />],
    [t('fields.reason'), <span key="r" className="whitespace-pre-wrap break-words">{r.reason}</span>],
    [t('fields.preparedAt'), `${when(r.preparedAt)} · ${r.preparedByName}`],
    [t('fields.authority'), <span key="au" className="whitespace-pre-wrap break-words">{r.authority || '—'}</span>],
    [t('fields.reference'), <span key="re" className="break-all">{r.reference || '—'}</span>],
    [t('fields.sentAt'), when(r.sentAt)],
    [t('fields.acknowledgedAt'), when(r.acknowledgedAt)],
    [t('fields.sha256'), <code key="s" className="break-all text-xs">{r.bundleSha256}</code>],
    [t('fields.size'), t('detail.bytes', { count: r.bundleBytes })],
  ];
  return (
    <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className="min-w-0 text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
