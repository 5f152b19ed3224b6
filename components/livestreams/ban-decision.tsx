'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { ActionErrorText } from '@/components/incidents/action-error';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { decideHostBan } from '@/lib/livestreams/actions';

/** Approve or reject a pending host ban, with a reason (four-eyes: the server refuses the proposer). */
export function BanDecision({ banId }: { banId: string }) {
  const t = useTranslations('livestreams.ban');
  const act = useAction(decideHostBan);
  const [reason, setReason] = useState('');
  const decide = (decision: 'approved' | 'rejected', form: HTMLFormElement | null) => {
    if (form?.reportValidity()) act.run({ banId, decision, reason });
  };
  return (
    <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); decide('approved', e.currentTarget); }}>
      <Field id={`ban-reason-${banId}`} label={t('decisionReason')}>
        <Textarea id={`ban-reason-${banId}`} rows={2} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <ActionErrorText error={act.error} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="danger" disabled={act.pending}>{t('approve')}</Button>
        <Button size="sm" variant="secondary" disabled={act.pending} onClick={(e) => decide('rejected', e.currentTarget.form)}>{t('reject')}</Button>
      </div>
    </form>
  );
}
