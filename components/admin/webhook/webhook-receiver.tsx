'use client';

import { useState, type FormEvent } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { disableWebhookEndpoint, sendWebhookPing, setWebhookEndpoint } from '@/lib/webhooks/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { ConfirmButton } from '../confirm-button';
import { useAction, useErrorText } from '@/components/ui/use-action';
import { NewKeyPanel } from '../api-keys/new-key-panel';

type Endpoint = { id: string; url: string; createdAt: Date } | null;

export function WebhookReceiver({ endpoint }: { endpoint: Endpoint }) {
  const t = useTranslations('admin.webhook');
  const format = useFormatter();
  const errors = useErrorText();
  const save = useAction(setWebhookEndpoint);
  const disable = useAction(disableWebhookEndpoint);
  const ping = useAction(sendWebhookPing);
  const [shown, setShown] = useState<{ url: string; secret: string } | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setShown(null);
    save.run({ url: String(new FormData(form).get('url') ?? '').trim() }, (created) => {
      form.reset();
      setShown({ url: created.url, secret: created.secret });
    });
  }

  const urlError = errors.field(save.error, 'url');
  const otherError = errors.form(save.error, ['url']) ?? errors.form(disable.error) ?? errors.form(ping.error);
  return (
    <div className="space-y-3">
      {shown && <NewKeyPanel name={shown.url} secret={shown.secret} onDone={() => setShown(null)} messages="admin.webhook.created" />}
      <section aria-labelledby="webhook-current" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="webhook-current" className="font-medium text-slate-900">{t('current.title')}</h2>
        {endpoint ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span className="break-all font-mono" data-testid="webhook-url">{endpoint.url}</span>
            <span className="text-slate-600">{t('current.since', { date: format.dateTime(endpoint.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</span>
            <Button size="sm" variant="secondary" disabled={ping.pending} onClick={() => ping.run({})}>{t('current.ping')}</Button>
            <ConfirmButton label={t('current.disable')} question={t('current.disableQuestion')} confirmLabel={t('current.disable')}
              pending={disable.pending} onConfirm={() => disable.run({ id: endpoint.id })} />
          </div>
        ) : <p className="text-sm text-slate-600">{t('current.none')}</p>}
        {otherError && <Alert>{otherError}</Alert>}
      </section>
      <form onSubmit={onSubmit} noValidate aria-labelledby="webhook-form-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="webhook-form-title" className="font-medium text-slate-900">{endpoint ? t('form.replaceTitle') : t('form.title')}</h2>
        <div className="flex flex-wrap items-start gap-3">
          <div className="w-full max-w-xl">
            <Field id="webhook-url-input" label={t('form.url')} error={urlError} hint={t('form.urlHint')}>
              <Input id="webhook-url-input" name="url" type="url" inputMode="url" autoComplete="off" placeholder="https://" required invalid={!!urlError} />
            </Field>
          </div>
          <Button type="submit" className="mt-6" disabled={save.pending}>{save.pending ? t('form.submitting') : t('form.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
