'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { Field, Textarea } from '@/components/ui/field';
import type { ActionError } from '@/lib/actions/result';
import { reverseDecision, undoDecision } from '@/lib/reports/undo-actions';
import { UNDO_WINDOW_MINUTES } from '@/lib/reports/undo-rules';

export type CorrectionProps = {
  decisionId: string;
  /** The decision's action, already translated. */
  actionLabel: string;
  deciderName: string;
  /** Seconds left to undo, as the server counted them; 0 when the viewer may not undo. */
  undoSeconds: number;
  mayReverse: boolean;
};

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/**
 * Taking a decision back: "Undo" with the time left for the moderator who took it, "Reverse decision"
 * with a reason for a supervisor. Both ask first, saying what will be undone.
 */
export function Correction(p: CorrectionProps) {
  const t = useTranslations('corrections');
  const [confirm, dialog] = useConfirm();
  const undo = useAction(undoDecision);
  const reverse = useAction(reverseDecision);
  const [left, setLeft] = useState(p.undoSeconds);
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<{ kind: 'undone' | 'reversed'; examples: number } | null>(null);
  useEffect(() => {
    if (p.undoSeconds <= 0) return;
    const until = Date.now() + p.undoSeconds * 1000;
    const timer = setInterval(() => setLeft(Math.max(0, Math.ceil((until - Date.now()) / 1000))), 1000);
    return () => clearInterval(timer);
  }, [p.undoSeconds]);

  const error = undo.error ?? reverse.error;
  const canUndo = left > 0;
  if (!canUndo && !p.mayReverse && !done) return null;

  const askUndo = async () => {
    const ok = await confirm({ title: t('undoConfirm.title'), body: t('undoConfirm.body', { action: p.actionLabel }), confirmLabel: t('undoConfirm.confirm') });
    if (ok) undo.run({ decisionId: p.decisionId }, (r) => setDone({ kind: 'undone', examples: r.retiredExampleIds.length }));
  };
  const askReverse = async (e: React.FormEvent) => {
    e.preventDefault();
    reverse.clearError();
    const ok = await confirm({
      title: t('reverseConfirm.title'), body: t('reverseConfirm.body', { action: p.actionLabel, name: p.deciderName }), confirmLabel: t('reverseConfirm.confirm'),
    });
    if (ok) reverse.run({ decisionId: p.decisionId, reason }, (r) => { setDone({ kind: 'reversed', examples: r.retiredExampleIds.length }); setOpen(false); setReason(''); });
  };

  return (
    <section aria-labelledby="correction-title" className="space-y-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5" data-testid="correction">
      <h2 id="correction-title" className="text-sm font-semibold text-slate-800">{t('title')}</h2>
      {done && <Alert tone="success">{t(done.kind, { examples: done.examples })}</Alert>}
      {error && <Alert>{errorText(t, error)}</Alert>}
      {canUndo && (
        <div className="space-y-1">
          <Button onClick={askUndo} disabled={undo.pending} className="min-h-11 w-full sm:w-auto">
            {t('undoLeft', { time: clock(left) })}
          </Button>
          <p className="text-xs text-slate-600">{t('undoHint', { minutes: UNDO_WINDOW_MINUTES })}</p>
        </div>
      )}
      {p.mayReverse && !open && (
        <Button variant="secondary" onClick={() => setOpen(true)} className="min-h-11 w-full sm:w-auto">{t('reverse')}</Button>
      )}
      {p.mayReverse && open && (
        <form onSubmit={askReverse} className="space-y-2">
          <p className="text-xs text-slate-600">{t('reverseHint', { action: p.actionLabel })}</p>
          <Field id="reverse-reason" label={t('reason')} hint={t('reasonHint')} error={reverse.error?.fields?.reason ? t('errors.reason') : undefined}>
            <Textarea id="reverse-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={2000} required autoFocus />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={reverse.pending} className="min-h-11">{t('reverse')}</Button>
            <Button variant="secondary" onClick={() => { setOpen(false); reverse.clearError(); }} className="min-h-11">{t('cancel')}</Button>
          </div>
        </form>
      )}
      {dialog}
    </section>
  );
}

function errorText(t: ReturnType<typeof useTranslations<'corrections'>>, error: ActionError): string {
  const why = error.fields?.decisionId?.[0];
  if (why && t.has(`errors.${why}`)) return t(`errors.${why}` as 'errors.generic');
  if (error.fields?.reason) return t('errors.reason');
  return t('errors.generic');
}
