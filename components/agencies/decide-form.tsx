'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { approveAgencyAction, rejectAgencyAction, reverseAgencyAction } from '@/lib/agencies/actions';
import { AgencyErrorText } from './error-text';

/** Approve or reject a proposal, or reverse an action in force, always with a reason. */
export function DecideForm({ actionId, mode }: { actionId: string; mode: 'decide' | 'reverse' }) {
  const t = useTranslations('agencies.decide');
  const [reason, setReason] = useState('');
  const approve = useAction(approveAgencyAction);
  const reject = useAction(rejectAgencyAction);
  const reverse = useAction(reverseAgencyAction);
  const pending = approve.pending || reject.pending || reverse.pending;
  const error = approve.error ?? reject.error ?? reverse.error;
  const id = `decide-${actionId}`;
  const clear = () => setReason('');
  return (
    <form className="space-y-2" onSubmit={(e) => e.preventDefault()}>
      <Field id={id} label={mode === 'decide' ? t('reason') : t('reverseReason')}>
        <Textarea id={id} rows={2} required value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <AgencyErrorText error={error} decision />
      <div className="flex flex-wrap gap-2">
        {mode === 'decide' ? (
          <>
            <Button size="sm" disabled={pending} onClick={() => { reject.clearError(); approve.run({ actionId, reason }, clear); }}>{t('approve')}</Button>
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => { approve.clearError(); reject.run({ actionId, reason }, clear); }}>{t('reject')}</Button>
          </>
        ) : (
          <Button size="sm" variant="danger" disabled={pending} onClick={() => reverse.run({ actionId, reason }, clear)}>{t('reverse')}</Button>
        )}
      </div>
    </form>
  );
}
