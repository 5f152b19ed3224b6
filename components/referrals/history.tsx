import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReferralDetail } from '@/lib/referrals/queries';

/** The referral's audit rows: who prepared, sent, acknowledged and downloaded it, and when. */
export async function ReferralHistory({ entries }: { entries: ReferralDetail['history'] }) {
  const [t, format] = await Promise.all([getTranslations('referrals'), getFormatter()]);
  return (
    <section aria-labelledby="referral-history" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="referral-history" className="text-base font-semibold text-slate-900">{t('detail.historyTitle')}</h2>
      {entries.length === 0 ? <p className="text-sm text-slate-600">{t('detail.noHistory')}</p> : (
        <ol className="space-y-1 text-sm">
          {entries.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-2">
              <time className="text-slate-500 tabular-nums" dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              <span className="font-medium">{t.has(`history.${e.action}`) ? t(`history.${e.action}`) : e.action}</span>
              <span className="break-all text-slate-600">{e.actorLabel}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
