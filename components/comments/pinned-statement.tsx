'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { ActionButton } from '@/components/incidents/action-button';
import { ActionErrorText } from '@/components/incidents/action-error';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Select } from '@/components/ui/field';
import { pinStatement, unpinStatement } from '@/lib/comments/actions';
import type { Statement } from '@/lib/comments/queries';

type Props = { postId: string; pinned: (Statement & { withdrawn: boolean }) | null; statements: Statement[]; hasIncident: boolean };

/** The statement shown first under the post, and the choice among the incident's current ones. */
export function PinnedStatement({ postId, pinned, statements, hasIncident }: Props) {
  const t = useTranslations('comments.pin');
  const format = useFormatter();
  const pin = useAction(pinStatement);
  const [choice, setChoice] = useState(statements[0]?.id ?? '');
  return (
    <div className="space-y-2">
      {pinned ? (
        <div className="rounded-md border border-blue-300 bg-blue-50 p-3 text-sm" data-testid="pinned-statement">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="blue">{t('pinned')}</Badge>
            <span className="font-medium">{pinned.source}</span>
            <span className="text-xs text-slate-600">{format.dateTime(pinned.statedAt, { dateStyle: 'medium' })}</span>
            {pinned.withdrawn && <Badge tone="red">{t('withdrawn')}</Badge>}
            <span className="ml-auto"><ActionButton action={unpinStatement} input={{ postId }} label={t('unpin')} variant="ghost" /></span>
          </div>
          <p className="mt-1 whitespace-pre-wrap break-words">{pinned.text}</p>
        </div>
      ) : <p className="text-sm text-slate-600">{t('none')}</p>}
      {!hasIncident ? <p className="text-xs text-slate-500">{t('noIncident')}</p> : statements.length === 0 ? <p className="text-xs text-slate-500">{t('noStatements')}</p> : (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); pin.run({ postId, statementId: choice }); }}>
          <div className="min-w-0 flex-1">
            <Field id="pin-statement" label={t('choose')}>
              <Select id="pin-statement" value={choice} onChange={(e) => setChoice(e.target.value)}>
                {statements.map((s) => <option key={s.id} value={s.id}>{`${s.source}: ${s.text.slice(0, 80)}`}</option>)}
              </Select>
            </Field>
          </div>
          <Button type="submit" size="sm" disabled={pin.pending || !choice}>{t('pin')}</Button>
          <ActionErrorText error={pin.error} />
        </form>
      )}
    </div>
  );
}
