import { useFormatter, useTranslations } from 'next-intl';
import { CaseFlags } from '@/components/queue/case-flags';
import { LiveDue } from '@/components/queue/due-label';
import type { Case } from '@/db/schema';
import { explainPriority, isOverdue } from '@/lib/reports/priority';

/** Who, where and how urgent: the facts a moderator reads before the content. */
export function CaseHeader({ c, categoryName, serverNow }: { c: Case; categoryName: string; serverNow: number }) {
  const t = useTranslations('case');
  const tq = useTranslations('queue');
  const format = useFormatter();
  const tr = useTranslations('model.risk');
  const why = explainPriority(c.priority);
  const reasons = [
    why.involvesMinor && t('why.minor'),
    why.selfHarm && t('why.selfHarm'),
    // With a risk score the queue orders by it (lib/model/risk.ts); its factors are shown below the header.
    c.riskScore !== null ? tr('title', { score: c.riskScore.toFixed(1) }) : t('why.severity', { n: why.severity }),
    t('why.reporters', { n: why.distinctReporters }),
  ].filter(Boolean);
  const facts: [string, React.ReactNode][] = [
    [t('facts.status'), t(`status.${c.status}`)],
    [t('facts.channel'), tq(`channels.${c.channel}`)],
    [t('facts.category'), categoryName],
    [t('facts.reporters'), c.reporterCount],
    [t('facts.received'), format.dateTime(c.createdAt, { dateStyle: 'medium', timeStyle: 'short' })],
    [t('facts.due'), <LiveDue key="due" dueAt={c.dueAt} serverNow={serverNow} decided={c.status === 'decided'} />],
    [t('facts.why'), reasons.join(' · ')],
  ];
  return (
    <header className="rounded-md border border-slate-200 bg-white px-3 py-2.5">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="font-mono text-lg font-semibold text-slate-900">{t('title', { id: c.id.slice(0, 8) })}</h1>
        <CaseFlags involvesMinor={c.involvesMinor} selfHarm={c.selfHarm} overdue={isOverdue(c.dueAt, new Date(serverNow))} status={c.status} />
      </div>
      <dl className="mt-2 grid grid-cols-4 gap-x-4 gap-y-1.5 text-sm">
        {facts.map(([label, value], i) => (
          <div key={label} className={i === facts.length - 1 ? 'col-span-2 min-w-0' : 'min-w-0'}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className={i === facts.length - 1 ? 'text-slate-900' : 'truncate text-slate-900'}>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
