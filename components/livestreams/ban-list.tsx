import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { HostBan } from '@/db/schema';
import { BanDecision } from './ban-decision';

type Ban = { ban: HostBan; proposerName: string; deciderName: string | null };

/** Host-ban proposals on this room; a pending one shows the decision form to supervisors who did not propose it. */
export async function BanList({ bans, canDecide, me }: { bans: Ban[]; canDecide: boolean; me: string }) {
  const [t, format] = await Promise.all([getTranslations('livestreams.ban'), getFormatter()]);
  if (!bans.length) return <p className="text-sm text-slate-600">{t('none')}</p>;
  const tone = { pending: 'amber', approved: 'red', rejected: 'neutral' } as const;
  return (
    <ul className="space-y-3 text-sm">
      {bans.map(({ ban, proposerName, deciderName }) => (
        <li key={ban.id} className="rounded border border-slate-200 p-2" data-testid="host-ban">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={tone[ban.status]}>{t(`status.${ban.status}`)}</Badge>
            <span className="text-xs text-slate-600">{t('proposedBy', { name: proposerName, at: format.dateTime(ban.proposedAt, { dateStyle: 'short', timeStyle: 'short' }) })}</span>
          </div>
          <p className="mt-1 whitespace-pre-wrap break-words">{ban.reason}</p>
          {ban.status !== 'pending' && <p className="mt-1 text-xs text-slate-600 whitespace-pre-wrap break-words">{t('decidedBy', { name: deciderName ?? '?' })}: {ban.decisionReason}</p>}
          {ban.status === 'pending' && canDecide && (ban.proposedBy === me ? <p className="mt-1 text-xs text-slate-600">{t('ownProposal')}</p> : <div className="mt-2"><BanDecision banId={ban.id} /></div>)}
        </li>
      ))}
    </ul>
  );
}
