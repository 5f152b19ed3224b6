import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { CaseView, RelatedCase } from '@/lib/reports/case-view';
import { Panel } from './panel';

type Name = (id: string | null) => string;

/** Earlier cases of one account: a pattern (repeat offender, retaliation, a pile-on) shows here. */
export function RelatedCases({ id, title, rows, categoryName }: { id: string; title: string; rows: RelatedCase[]; categoryName: Name }) {
  const t = useTranslations('case');
  const tq = useTranslations('queue');
  const format = useFormatter();
  return (
    <Panel id={id} title={title}>
      {rows.length === 0 ? <p className="text-sm text-slate-500">{t('history.none')}</p> : (
        <ul className="max-h-64 space-y-1 overflow-auto text-sm">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
              <Link href={`/cases/${r.id}`} className="font-mono text-xs text-brand-700 hover:underline">{r.id.slice(0, 8)}</Link>
              <span className="text-xs text-slate-500">{format.dateTime(r.createdAt, { dateStyle: 'short' })}</span>
              <span className="text-slate-700">{tq(`channels.${r.channel}`)} · {categoryName(r.categoryId)}</span>
              {r.involvesMinor && <Badge tone="red">{tq('badges.minor')}</Badge>}
              {r.decision ? <Badge tone="green">{t(`actions.${r.decision}`)}</Badge> : <Badge>{t(`status.${r.status}`)}</Badge>}
              {id === 'target-history' && <span className="text-xs text-slate-500">({r.role === 'target' ? t('history.asTarget') : t('history.asSubject')})</span>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** Every decision on this case, oldest first: an escalation and the supervisor's ruling both show. */
export function DecisionHistory({ decisions, categoryName }: { decisions: CaseView['decisions']; categoryName: Name }) {
  const t = useTranslations('case');
  const format = useFormatter();
  return (
    <Panel id="decisions" title={t('decisions.title')}>
      {decisions.length === 0 ? <p className="text-sm text-slate-500">{t('decisions.none')}</p> : (
        <ol className="space-y-1.5 text-sm">
          {decisions.map((d) => (
            <li key={d.id} className="flex flex-wrap items-baseline gap-x-2">
              <span className="text-xs text-slate-500">{format.dateTime(d.decidedAt, { dateStyle: 'short', timeStyle: 'short' })}</span>
              <strong className={d.undoneAt ? 'font-semibold line-through' : 'font-semibold'}>{t(`actions.${d.action}`)}</strong>
              {d.reason && <span className="text-slate-700">{t(`reasons.${d.reason}`)}</span>}
              {d.categoryId && <span className="text-slate-700">· {categoryName(d.categoryId)}</span>}
              <span className="text-slate-500">{t('decisions.by', { name: d.deciderName })}</span>
              {d.standardsVersion !== null && (
                <Link href={`/standards/versions/${d.standardsVersion}`} className="text-xs text-brand-700 hover:underline">
                  {t('decisions.standardsVersion', { version: d.standardsVersion })}
                </Link>
              )}
              {d.note && <p className="w-full whitespace-pre-wrap break-words text-slate-700">{d.note}</p>}
              {d.undoneAt && <Undone d={d} />}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

/** How a decision was taken back: undone by its moderator, or reversed by a supervisor with the reason. */
function Undone({ d }: { d: CaseView['decisions'][number] }) {
  const t = useTranslations('corrections');
  const format = useFormatter();
  const date = format.dateTime(d.undoneAt!, { dateStyle: 'short', timeStyle: 'short' });
  const name = d.undoneByName ?? '';
  return (
    <p className="w-full whitespace-pre-wrap break-words text-amber-800" data-testid="decision-undone">
      {d.undoKind === 'reversal' ? t('history.reversal', { name, date, reason: d.undoReason ?? '' }) : t('history.undo', { name, date })}
    </p>
  );
}
