'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { publish } from '@/lib/standards/actions';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { useStandardsError } from './draft-actions';

/** The change note and the publish button; problems that block publishing link to their field. */
export function PublishForm({ version, reviewedAt, names }: { version: number; reviewedAt: string; names: Record<string, string> }) {
  const t = useTranslations('standards');
  const say = useStandardsError();
  const router = useRouter();
  const { run, pending, error } = useAction(publish);
  const [note, setNote] = useState('');
  const [confirm, confirmDialog] = useConfirm();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const sure = await confirm({ title: t('diff.confirmPublish.title', { version }), body: t('diff.confirmPublish.body'), confirmLabel: t('diff.confirmPublish.yes'), tone: 'primary' });
    if (sure) run({ version, changeNote: note, reviewedAt }, () => router.push('/standards'));
  };
  const changed = !!error?.fields?.reviewedAt;
  // The draft moved on since this page was rendered: show the current diff before publishing anything.
  useEffect(() => { if (changed) router.refresh(); }, [changed, error, router]);
  const noteError = say(error?.fields?.changeNote?.[0]);
  const problems = Object.entries(error?.fields ?? {}).filter(([k]) => !['changeNote', 'version', 'reviewedAt'].includes(k));
  const other = error && !error.fields ? say(error.code === 'conflict' ? 'not_draft' : 'generic') : say(error?.fields?.version?.[0] ?? error?.fields?.reviewedAt?.[0]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 rounded-md border border-slate-300 bg-white px-4 py-3" aria-labelledby="publish-title">
      <h2 id="publish-title" className="text-base font-semibold text-slate-900">{t('diff.publishTitle')}</h2>
      {confirmDialog}
      <label htmlFor="change-note" className="block text-sm font-medium text-slate-700">{t('changeNote')}</label>
      <textarea id="change-note" value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={1000}
        aria-invalid={!!noteError || undefined} aria-describedby={noteError ? 'change-note-error' : 'change-note-hint'}
        className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500" />
      {noteError ? <p id="change-note-error" role="alert" className="text-sm text-red-700">{noteError}</p>
        : <p id="change-note-hint" className="text-xs text-slate-500">{t('diff.changeNoteHint')}</p>}
      {problems.length > 0 && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{t('diff.problems')}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map(([key, codes]) => {
              const [categoryId, field] = key.split('.');
              const label = field && t.has(`fields.${field}`) ? t(`fields.${field}` as 'fields.nameEn') : '';
              return (
                <li key={key}>
                  <a className="underline" href={`/standards/draft#cat-${categoryId}`}>
                    {field ? t('diff.problem', { category: names[categoryId] ?? categoryId, field: label }) : ''} {say(codes[0])}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {other && <p role="alert" className="text-sm text-red-700">{other}</p>}
      <Button type="submit" disabled={pending}>{pending ? t('diff.publishing') : t('diff.publish', { version })}</Button>
    </form>
  );
}
