'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { addCategory, discardDraft, openDraft } from '@/lib/standards/actions';
import type { ActionError } from '@/lib/actions/result';

export function useStandardsError() {
  const t = useTranslations('standards.errors');
  return (code: string | undefined) => (code ? (t.has(code) ? t(code as 'generic') : t('generic')) : undefined);
}

const firstError = (error: ActionError | null, field: string) => error?.fields?.[field]?.[0];

export function StartDraft() {
  const t = useTranslations('standards.draft');
  const say = useStandardsError();
  const { run, pending, error } = useAction(openDraft);
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{t('none')}</p>
      <Button onClick={() => run({})} disabled={pending}>{t('start')}</Button>
      {error && <p role="alert" className="text-sm text-red-700">{say(firstError(error, 'version') ?? 'generic')}</p>}
    </div>
  );
}

export function DiscardDraft({ version }: { version: number }) {
  const t = useTranslations('standards.draft');
  const router = useRouter();
  const { run, pending } = useAction(discardDraft);
  return (
    <Button variant="secondary" size="sm" disabled={pending}
      onClick={() => { if (window.confirm(t('discardConfirm'))) run({ version }, () => router.push('/standards')); }}>
      {t('discard')}
    </Button>
  );
}

const control = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500';

export function AddCategoryForm({ version }: { version: number }) {
  const t = useTranslations('standards.draft.add');
  const say = useStandardsError();
  const { run, pending, error } = useAction(addCategory);
  const [added, setAdded] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setAdded(false);
    run({ version, categoryId: String(data.get('categoryId') ?? '').trim(), nameEn: String(data.get('nameEn') ?? ''), nameZh: String(data.get('nameZh') ?? '') }, () => {
      form.reset();
      setAdded(true);
    });
  };
  const field = (name: 'categoryId' | 'nameEn' | 'nameZh', label: string) => {
    const message = say(firstError(error, name));
    return (
      <label className="block text-sm">
        <span className="font-medium text-slate-700">{label}</span>
        <input name={name} className={control} aria-invalid={!!message || undefined} aria-describedby={message ? `add-${name}-error` : undefined} />
        {message && <span id={`add-${name}-error`} role="alert" className="mt-1 block text-sm text-red-700">{message}</span>}
      </label>
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-3" aria-labelledby="add-category-title">
      <h2 id="add-category-title" className="text-sm font-semibold text-slate-800">{t('title')}</h2>
      <div className="mt-2 grid items-start gap-3 md:grid-cols-[1fr_1fr_1fr_auto]">
        {field('categoryId', t('id'))}
        {field('nameEn', t('nameEn'))}
        {field('nameZh', t('nameZh'))}
        <Button type="submit" className="mt-6" disabled={pending}>{t('submit')}</Button>
      </div>
      <p role="status" className="mt-1 text-sm text-emerald-700">{added ? t('added') : ''}</p>
    </form>
  );
}
