'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { approveClosure, rejectClosure } from '@/lib/sections/actions';
import { SectionError } from './section-error';

/** Approve or reject a pending closure, with the reason the proposer and the audit log will read. */
export function ClosureDecision({ closureId }: { closureId: string }) {
  const t = useTranslations('sections.actions');
  const approve = useAction(approveClosure);
  const reject = useAction(rejectClosure);
  const [reason, setReason] = useState('');
  const pending = approve.pending || reject.pending;
  return (
    <form className="space-y-2" onSubmit={(e) => e.preventDefault()}>
      <Field id="decision-reason" label={t('decisionReason')}>
        <Textarea id="decision-reason" rows={2} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="flex gap-2">
        <Button variant="danger" disabled={pending || reason.trim().length < 3} onClick={() => approve.run({ closureId, reason })}>{t('approve')}</Button>
        <Button variant="secondary" disabled={pending || reason.trim().length < 3} onClick={() => reject.run({ closureId, reason })}>{t('reject')}</Button>
      </div>
      <SectionError error={approve.error ?? reject.error} />
    </form>
  );
}
