import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/table';
import { NearestExample } from '@/components/library/nearest-example';
import type { CommentRow } from '@/lib/comments/queries';
import type { NearestExampleView } from '@/lib/library/nearest';

/** Comments as plain text (hostile content), with what the check found and their state. */
export async function CommentList({ rows, categoryName, examples = {} }: { rows: CommentRow[]; categoryName: Record<string, string>; examples?: Record<string, NearestExampleView> }) {
  const [t, format] = await Promise.all([getTranslations('comments'), getFormatter()]);
  if (!rows.length) return <EmptyState>{t('list.empty')}</EmptyState>;
  const tone = { visible: 'neutral', folded: 'amber', removed: 'red' } as const;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label={t('list.title')}>
      {rows.map((c) => (
        <li key={c.id} className="px-3 py-2 text-sm" data-testid="comment" data-state={c.state}>
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <span className="font-mono">{c.authorAccountId}</span>
            <span>{format.dateTime(c.postedAt, { dateStyle: 'short', timeStyle: 'short' })}</span>
            {c.selfHarm && <Badge tone="red">{t('list.selfHarm')}</Badge>}
            {c.categoryId && <Badge tone="amber">{categoryName[c.categoryId] ?? c.categoryId}</Badge>}
            <Badge tone={tone[c.state]}>{t(`state.${c.state}`)}</Badge>
          </div>
          <p className={`mt-1 whitespace-pre-wrap break-words ${c.state === 'visible' ? '' : 'text-slate-500'}`}>{c.text}</p>
          {c.categoryId && c.nearestExampleId && <NearestExample example={examples[c.nearestExampleId]} />}
        </li>
      ))}
    </ul>
  );
}
