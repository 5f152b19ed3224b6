'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from './button';

export type ConfirmRequest = {
  title: string;
  /** What will happen, in plain words: the reason for asking at all. */
  body: string;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
};

/**
 * Asks before a high-impact action, in a modal dialog that says what will happen. `confirm()`
 * resolves true only when the user presses the confirm button; Escape, Cancel or closing say no.
 * Render the returned element once in the component. Page shortcuts are off while it is open.
 */
export function useConfirm(): [(request: ConfirmRequest) => Promise<boolean>, React.ReactNode] {
  const [asking, setAsking] = useState<(ConfirmRequest & { resolve: (ok: boolean) => void }) | null>(null);
  const confirm = useCallback((request: ConfirmRequest) => new Promise<boolean>((resolve) => setAsking({ ...request, resolve })), []);
  const answer = (ok: boolean) => { asking?.resolve(ok); setAsking(null); };
  return [confirm, asking ? <ConfirmDialog request={asking} onAnswer={answer} /> : null];
}

function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest; onAnswer: (ok: boolean) => void }) {
  const t = useTranslations('common');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => { e.preventDefault(); onAnswer(false); }}
      className="w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="space-y-3 p-4">
        <h2 id="confirm-title" className="text-base font-semibold text-slate-900">{request.title}</h2>
        <p id="confirm-body" className="whitespace-pre-wrap break-words text-sm text-slate-700">{request.body}</p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => onAnswer(false)}>{t('cancel')}</Button>
          <Button variant={request.tone ?? 'danger'} onClick={() => onAnswer(true)}>{request.confirmLabel}</Button>
        </div>
      </div>
    </dialog>
  );
}
