'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { signInWithPassword } from '@/lib/auth/actions';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Alert } from '@/components/ui/alert';

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(signInWithPassword, undefined);
  return (
    <form action={action} className="space-y-4" noValidate={false}>
      {state?.error && <Alert>{t(`errors.${state.error}`)}</Alert>}
      <Field id="email" label={t('email')}>
        <Input id="email" name="email" type="email" autoComplete="username" required defaultValue={state?.email} autoFocus />
      </Field>
      <Field id="password" label={t('password')}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      {next && <input type="hidden" name="next" value={next} />}
      <Button type="submit" className="w-full" disabled={pending}>{pending ? t('signingIn') : t('signIn')}</Button>
    </form>
  );
}
