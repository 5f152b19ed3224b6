import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Staff } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SanctionRow } from '@/lib/sanctions/queries';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/incidents/panel';
import { AppealDecision, ProposalDecision } from './decision-forms';

const tone = { proposed: 'amber', rejected: 'neutral', active: 'red', ended: 'neutral', reversed: 'blue' } as const;

/** Every sanction on the account with its strikes, decisions and appeals; proposals and appeals are decided here. */
export async function SanctionList({ rows, me }: { rows: SanctionRow[]; me: Staff }) {
  const [t, format] = await Promise.all([getTranslations('sanctions'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const strikes = rows.filter((s) => s.strike).length;
  return (
    <Panel title={t('title')} actions={<span title={t('strikeHint')}><Badge tone={strikes ? 'red' : 'neutral'}>{t('strikes', { count: strikes })}</Badge></span>}>
      {rows.length === 0 && <p className="text-sm text-slate-600">{t('empty')}</p>}
      <ul className="divide-y divide-slate-100">
        {rows.map((s) => {
          const tookPart = s.proposedBy === me.id || s.decidedBy === me.id;
          return (
            <li key={s.id} id={`sanction-${s.id}`} className="scroll-mt-4 py-3 text-sm" data-testid="sanction">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{t(`types.${s.type}`)}</span>
                <Badge tone={tone[s.shownStatus]}>{t(`status.${s.shownStatus}`)}</Badge>
                {s.strike && <Badge tone="red">{t('strike')}</Badge>}
                <span className="text-xs text-slate-500">{t(`roles.${s.role}`)}</span>
                <span className="ml-auto font-mono text-xs text-slate-500">{t('list.reference')} {s.reference}</span>
              </div>
              <p className="mt-1 whitespace-pre-wrap break-words">{s.reason}</p>
              <p className="mt-1 text-xs text-slate-600">
                {s.startsAt && <>{t('list.period', { start: date(s.startsAt), end: s.endsAt ? date(s.endsAt) : t('list.noEnd') })} · </>}
                {s.status === 'proposed' || s.decidedBy !== s.proposedBy
                  ? t('list.proposedBy', { name: s.proposedByName })
                  : t('list.appliedBy', { name: s.proposedByName })}
                {s.decidedByName && s.decidedBy !== s.proposedBy && <> · {t('list.decidedBy', { name: s.decidedByName })}</>}
                {s.standardsVersion != null && <> · {t('list.standards', { version: s.standardsVersion })}</>}
              </p>
              {s.decisionReason && <p className="text-xs text-slate-600 whitespace-pre-wrap break-words">{t('list.decision')}: {s.decisionReason}</p>}
              {s.reversedByName && <p className="text-xs text-blue-800 whitespace-pre-wrap break-words">{t('list.reversedBy', { name: s.reversedByName, reason: s.reversalReason ?? '' })}</p>}
              {(s.caseIds.length > 0 || s.incidentId) && (
                <p className="mt-1 flex flex-wrap gap-2 text-xs">
                  {s.caseIds.map((id) => <Link key={id} className="font-mono text-brand-700 hover:underline" href={`/cases/${id}`}>{id.slice(0, 8)}</Link>)}
                  {s.incidentId && <Link className="text-brand-700 hover:underline" href={`/incidents/${s.incidentId}`}>{t('list.incident')}</Link>}
                </p>
              )}
              {s.status === 'proposed' && can(me.role, 'sanction.approve') && (
                s.proposedBy === me.id ? <p className="mt-1 text-xs text-amber-800">{t('decide.yours')}</p> : <ProposalDecision sanctionId={s.id} type={s.type} />
              )}
              {s.appeals.length > 0 && (
                <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-2">
                  <h3 className="text-xs font-semibold text-slate-700">{t('appeals.title')}</h3>
                  {s.appeals.map((a) => (
                    <div key={a.id} id={`appeal-${a.id}`} className="scroll-mt-4 mt-1" data-testid="appeal">
                      <div className="flex flex-wrap items-center gap-2 text-xs">
                        <Badge tone={a.status === 'open' ? 'amber' : a.status === 'overturned' ? 'blue' : 'neutral'}>{t(`appeals.status.${a.status}`)}</Badge>
                        <span className="text-slate-500">{t('appeals.filed', { date: date(a.filedAt) })}</span>
                      </div>
                      <p className="mt-1 whitespace-pre-wrap break-words">{a.statement || t('appeals.noStatement')}</p>
                      {a.decidedByName && <p className="text-xs text-slate-600 whitespace-pre-wrap break-words">{t('appeals.decidedBy', { name: a.decidedByName, reason: a.decisionReason ?? '' })}</p>}
                      {a.status === 'open' && can(me.role, 'appeal.decide') && (
                        tookPart ? <p className="mt-1 text-xs text-amber-800">{t('appeals.tookPart')}</p> : <AppealDecision appealId={a.id} />
                      )}
                    </div>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
