'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { addAccountTag, removeAccountTag } from '@/lib/accounts/tag-actions';

/** The account's tags: each links to the accounts list filtered by it; staff add and remove them. */
export function AccountTags({ accountId, tags, inUse, mayTag }: { accountId: string; tags: string[]; inUse: string[]; mayTag: boolean }) {
  const t = useTranslations('tags');
  const add = useAction(addAccountTag);
  const remove = useAction(removeAccountTag);
  const [tag, setTag] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  const error = add.error ?? remove.error;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    remove.clearError();
    add.run({ accountId, tag }, (d) => { setTag(''); setSaid(t('added', { tag: d.tag })); });
  };
  return (
    <section aria-labelledby="tags-title" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="account-tags">
      <h2 id="tags-title" className="mb-2 font-semibold text-slate-900">{t('title')}</h2>
      {tags.length === 0 ? <p className="text-sm text-slate-500">{t('none')}</p> : (
        <ul className="flex flex-wrap gap-2">
          {tags.map((x) => (
            <li key={x} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-sm">
              <a href={`/accounts?tag=${encodeURIComponent(x)}`} className="text-brand-700 hover:underline">{x}</a>
              {mayTag && (
                <button type="button" aria-label={t('remove', { tag: x })} disabled={remove.pending}
                  className="grid min-h-6 min-w-6 place-items-center rounded-full text-slate-500 hover:bg-slate-200 hover:text-slate-900"
                  onClick={() => { add.clearError(); remove.run({ accountId, tag: x }, () => setSaid(t('removed', { tag: x }))); }}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="mt-2">{said && !error && <Alert tone="success">{said}</Alert>}</div>
      {error && !error.fields?.tag && <Alert>{t('errors.generic')}</Alert>}
      {mayTag && (
        <form onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1">
            <Field id="account-tag" label={t('label')} hint={t('hint')} error={add.error?.fields?.tag ? t('errors.tag') : undefined}>
              <Input id="account-tag" list="account-tags-in-use" value={tag} maxLength={200} invalid={!!add.error?.fields?.tag}
                onChange={(e) => { setTag(e.target.value); setSaid(null); }} />
            </Field>
            <datalist id="account-tags-in-use">{inUse.filter((x) => !tags.includes(x)).map((x) => <option key={x} value={x} />)}</datalist>
          </div>
          <Button type="submit" disabled={add.pending || !tag.trim()} className="min-h-11">{t('add')}</Button>
        </form>
      )}
    </section>
  );
}
