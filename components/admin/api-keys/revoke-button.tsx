'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { revokeApiKey } from '@/lib/apikeys/actions';
import { ConfirmButton } from '../confirm-button';
import { useAction, useErrorText } from '@/components/ui/use-action';

export function RevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('admin.apiKeys');
  const errors = useErrorText();
  const { run, pending, error } = useAction(revokeApiKey);
  const [done, setDone] = useState(false);
  const message = errors.form(error);
  return (
    <div>
      {!done && (
        <ConfirmButton
          label={t('revoke')}
          question={t('revokeConfirm', { name })}
          confirmLabel={t('revokeYes')}
          pending={pending}
          onConfirm={() => run({ id }, () => setDone(true))}
        />
      )}
      {message && <p role="alert" className="mt-1 text-sm text-red-700">{message}</p>}
      <p role="status" className="text-sm text-emerald-700">{done ? t('revokedDone', { name }) : ''}</p>
    </div>
  );
}
