import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { QueueCounts as Counts } from '@/lib/reports/queue';
import { COUNT_CAP as CAP } from '@/lib/reports/queue-filters';

/** The totals a moderator watches, each a link to the slice it counts. */
export function QueueCounts({ counts, escalationsHref }: { counts: Counts; escalationsHref: string }) {
  const t = useTranslations('queue.counts');
  const show = (n: number) => (n > CAP ? t('capped', { n: CAP }) : String(n));
  const items = [
    { key: 'open', href: '/queue', n: counts.open, tone: 'text-slate-900' },
    { key: 'minors', href: '/queue?status=undecided&minors=1', n: counts.minors, tone: 'text-red-700' },
    { key: 'overdue', href: '/queue?status=undecided&overdue=1', n: counts.overdue, tone: 'text-amber-800' },
    { key: 'escalated', href: escalationsHref, n: counts.escalated, tone: 'text-blue-800' },
  ] as const;
  return (
    <ul aria-label={t('label')} className="flex flex-wrap gap-2" data-testid="queue-counts">
      {items.map((i) => (
        <li key={i.key}>
          <Link href={i.href} className="flex items-baseline gap-1.5 rounded-md border border-slate-200 bg-white px-2.5 py-1 text-sm hover:border-slate-400">
            <span className="text-slate-600">{t(i.key)}</span>
            <span className={`font-semibold tabular-nums ${i.tone}`}>{show(i.n)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
