'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { ActionButton } from '@/components/incidents/action-button';
import { Badge } from '@/components/ui/badge';
import { undoCommentAction } from '@/lib/comments/actions';
import type { ActionRow } from '@/lib/comments/queries';

/** The post's bulk actions, newest first; each can be undone once. */
export function ActionHistory({ actions }: { actions: ActionRow[] }) {
  const t = useTranslations('comments.history');
  const format = useFormatter();
  if (!actions.length) return <p className="text-sm text-slate-600">{t('empty')}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {actions.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center gap-2 py-2" data-testid="comment-action">
          <Badge tone={a.kind === 'fold' ? 'amber' : 'red'}>{t(a.kind, { n: a.affected })}</Badge>
          <span className="break-words">{[a.filter.categoryId, a.filter.q && `“${a.filter.q}”`].filter(Boolean).join(' · ')}</span>
          <span className="text-slate-600 whitespace-pre-wrap break-words">— {a.reason}</span>
          <span className="text-xs text-slate-500">{a.actedBy}, {format.dateTime(a.actedAt, { dateStyle: 'short', timeStyle: 'short' })}</span>
          <span className="ml-auto">
            {a.undoneAt ? <Badge>{t('undone')}</Badge> : <ActionButton action={undoCommentAction} input={{ actionId: a.id }} label={t('undo')}
              confirm={{ title: t('confirmUndo.title'), body: t('confirmUndo.body', { n: a.affected }), confirmLabel: t('confirmUndo.yes'), tone: 'primary' }} />}
          </span>
        </li>
      ))}
    </ul>
  );
}
