'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

type Props = { name: string; secret: string; onDone: () => void; messages?: 'admin.apiKeys.created' | 'admin.webhook.created' };

/** The one time a secret (an API key, a webhook signing secret) is visible: only in this component's state until dismissed. */
export function NewKeyPanel({ name, secret, onDone, messages = 'admin.apiKeys.created' }: Props) {
  // client namespaces: admin
  const t = useTranslations(messages);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => { document.getElementById('new-api-key')?.focus(); }, []);

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      // Clipboard access needs a secure context and permission; selecting lets the user copy by hand.
      (document.getElementById('new-api-key') as HTMLInputElement | null)?.select();
      setCopy('failed');
    }
  }

  return (
    <section aria-labelledby="new-key-title" className="space-y-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-4" data-testid="new-api-key-panel">
      <h2 id="new-key-title" className="font-medium text-slate-900">{t('title', { name })}</h2>
      <p className="font-medium text-amber-900" role="alert">{t('warning')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="new-api-key" className="sr-only">{t('label')}</label>
        <input
          id="new-api-key"
          readOnly
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
          spellCheck={false}
        />
        <Button variant="secondary" onClick={copyKey}>{copy === 'copied' ? t('copied') : t('copy')}</Button>
        <Button onClick={onDone}>{t('done')}</Button>
      </div>
      <p role="status" className="text-sm text-slate-700">{copy === 'failed' ? t('copyFailed') : copy === 'copied' ? t('copied') : ''}</p>
    </section>
  );
}
