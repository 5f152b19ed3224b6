'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

type Props = {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  variant?: 'danger' | 'secondary';
};

/** A button that asks once, inline, before doing something hard to undo. Escape or Cancel backs out. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, pending, variant = 'danger' }: Props) {
  const t = useTranslations('admin.confirm');
  const [asking, setAsking] = useState(false);
  const id = useId();
  const wasAsking = useRef(false);

  // Focus follows the question: onto Confirm when it appears, back to the trigger when it goes.
  useEffect(() => {
    if (asking) document.getElementById(`${id}-yes`)?.focus();
    else if (wasAsking.current) document.getElementById(`${id}-ask`)?.focus();
    wasAsking.current = asking;
  }, [asking, id]);

  if (!asking) {
    return (
      <Button id={`${id}-ask`} size="sm" variant="secondary" onClick={() => setAsking(true)} disabled={pending}>
        {label}
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={question}
      className="flex flex-wrap items-center gap-2"
      onKeyDown={(e) => { if (e.key === 'Escape') setAsking(false); }}
    >
      <span className="text-sm text-slate-800">{question}</span>
      <Button
        id={`${id}-yes`}
        size="sm"
        variant={variant}
        disabled={pending}
        onClick={() => { onConfirm(); setAsking(false); }}
      >
        {confirmLabel}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setAsking(false)}>{t('cancel')}</Button>
    </div>
  );
}
