'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { ActionErrorText } from '@/components/incidents/action-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { actOnComments } from '@/lib/comments/actions';
import type { Selection } from '@/lib/comments/selection';

/** Step two: with the preview count in view, fold or remove exactly what was previewed, with a reason. */
export function BulkForm({ postId, selection, preview }: { postId: string; selection: Selection; preview: { fold: number; remove: number } }) {
  const t = useTranslations('comments.bulk');
  const act = useAction(actOnComments);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<number | null>(null);
  const run = (kind: 'fold' | 'remove', form: HTMLFormElement | null) => {
    if (!form?.reportValidity()) return;
    act.run({ postId, kind, categoryId: selection.categoryId, q: selection.q, expected: preview[kind], reason }, (r) => { setDone(r.affected); setReason(''); });
  };
  return (
    <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); run('fold', e.currentTarget); }}>
      <p className="text-sm" data-testid="bulk-preview">{t('previewCount', { fold: preview.fold, remove: preview.remove })}</p>
      <div className="max-w-xl">
        <Field id="bulk-reason" label={t('reason')}>
          <Input id="bulk-reason" required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </div>
      <ActionErrorText error={act.error} />
      {done !== null && !act.error && <Alert tone="success">{t('done', { n: done })}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={act.pending || preview.fold === 0}>{t('fold', { n: preview.fold })}</Button>
        <Button size="sm" variant="danger" disabled={act.pending || preview.remove === 0} onClick={(e) => run('remove', e.currentTarget.form)}>{t('remove', { n: preview.remove })}</Button>
      </div>
    </form>
  );
}
