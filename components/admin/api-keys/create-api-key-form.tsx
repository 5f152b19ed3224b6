'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { createApiKey } from '@/lib/apikeys/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { useAction, useErrorText } from '@/components/ui/use-action';
import { NewKeyPanel } from './new-key-panel';

export function CreateApiKeyForm() {
  const t = useTranslations('admin.apiKeys.create');
  const errors = useErrorText();
  const { run, pending, error } = useAction(createApiKey);
  const [shown, setShown] = useState<{ name: string; key: string } | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setShown(null);
    run({ name: String(new FormData(form).get('name') ?? '') }, (created) => {
      form.reset();
      setShown({ name: created.name, key: created.key });
    });
  }

  const nameError = errors.field(error, 'name');
  const formError = errors.form(error, ['name']);
  return (
    <div className="space-y-3">
      {shown && <NewKeyPanel name={shown.name} secret={shown.key} onDone={() => setShown(null)} />}
      <form onSubmit={onSubmit} noValidate aria-labelledby="new-key-form-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-key-form-title" className="font-medium text-slate-900">{t('title')}</h2>
        {formError && <Alert>{formError}</Alert>}
        <div className="flex flex-wrap items-start gap-3">
          <div className="w-full max-w-md">
            <Field id="new-key-name" label={t('name')} error={nameError} hint={t('nameHint')}>
              <Input id="new-key-name" name="name" autoComplete="off" required invalid={!!nameError} />
            </Field>
          </div>
          <Button type="submit" className="mt-6" disabled={pending}>{pending ? t('submitting') : t('submit')}</Button>
        </div>
      </form>
    </div>
  );
}
