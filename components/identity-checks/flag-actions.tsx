'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { clearIdentityFlag, escalateIdentityFlag, verifyIdentityFlag } from '@/lib/identity-checks/actions';
import { AgencyErrorText } from '@/components/agencies/error-text';

/** Settles one flag with an optional note; escalating goes on to the account page to propose a sanction. */
export function FlagActions({ flagId, accountId }: { flagId: string; accountId: string }) {
  const t = useTranslations('agencies.identity');
  const router = useRouter();
  const [note, setNote] = useState('');
  const verify = useAction(verifyIdentityFlag);
  const clear = useAction(clearIdentityFlag);
  const escalate = useAction(escalateIdentityFlag);
  const pending = verify.pending || clear.pending || escalate.pending;
  const error = verify.error ?? clear.error ?? escalate.error;
  const id = `flag-note-${flagId}`;
  return (
    <form className="space-y-2" onSubmit={(e) => e.preventDefault()}>
      <Field id={id} label={t('note')}>
        <Input id={id} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <AgencyErrorText error={error} />
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => verify.run({ flagId, note })}>{t('verify')}</Button>
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => clear.run({ flagId, note })}>{t('clear')}</Button>
        <Button size="sm" variant="danger" disabled={pending}
          onClick={() => escalate.run({ flagId, note }, () => router.push(`/accounts/${encodeURIComponent(accountId)}`))}>{t('escalate')}</Button>
      </div>
      <ul className="text-xs text-slate-500">
        <li>{t('verify')}: {t('verifyHint')}</li>
        <li>{t('clear')}: {t('clearHint')}</li>
        <li>{t('escalate')}: {t('escalateHint')}</li>
      </ul>
    </form>
  );
}
