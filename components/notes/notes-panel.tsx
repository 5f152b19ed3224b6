'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { addAccountNote, addCaseNote } from '@/lib/notes/actions';
import type { InternalNote } from '@/lib/notes/notes';

type Props = {
  subject: { type: 'case' | 'account'; id: string };
  notes: InternalNote[];
  mayWrite: boolean;
};

/**
 * Internal notes on a case or an account: a thread, oldest first, shown as plain text (a note may
 * quote reported content), with a box to add one. Append-only: there is no edit or delete.
 */
export function NotesPanel({ subject, notes, mayWrite }: Props) {
  const t = useTranslations('notes');
  const format = useFormatter();
  const toCase = useAction(addCaseNote);
  const toAccount = useAction(addAccountNote);
  const add = subject.type === 'case' ? toCase : toAccount;
  const [body, setBody] = useState('');
  const [added, setAdded] = useState(false);
  const id = `note-${subject.type}`;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setAdded(false);
    const done = () => { setBody(''); setAdded(true); };
    if (subject.type === 'case') toCase.run({ caseId: subject.id, body }, done);
    else toAccount.run({ accountId: subject.id, body }, done);
  };
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-md border border-slate-200 bg-white px-3 py-2.5" data-testid={`notes-${subject.type}`}>
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">{t(subject.type)}</h2>
      <p className="mb-2 text-xs text-slate-500">{t('staffOnly')}</p>
      {notes.length === 0 ? <p className="text-sm text-slate-500">{t('none')}</p> : (
        <ol className="max-h-72 space-y-2 overflow-auto text-sm" tabIndex={0} aria-label={t(subject.type)}>
          {notes.map((n) => (
            <li key={n.id} className="border-l-2 border-slate-200 pl-2">
              <p className="whitespace-pre-wrap break-words text-slate-800">{n.body}</p>
              <p className="text-xs text-slate-500">{t('by', { name: n.authorName, date: format.dateTime(new Date(n.createdAt), { dateStyle: 'short', timeStyle: 'short' }) })}</p>
            </li>
          ))}
        </ol>
      )}
      {mayWrite && (
        <form onSubmit={submit} className="mt-2 space-y-2">
          {added && <Alert tone="success">{t('added')}</Alert>}
          {add.error && !add.error.fields?.body && <Alert>{t('errors.generic')}</Alert>}
          <Field id={id} label={t('label')} error={add.error?.fields?.body ? t('errors.body') : undefined}>
            <Textarea id={id} value={body} rows={3} maxLength={4000} invalid={!!add.error?.fields?.body}
              onChange={(e) => { setBody(e.target.value); setAdded(false); }} />
          </Field>
          <Button type="submit" disabled={add.pending || !body.trim()} className="min-h-11">{t('add')}</Button>
        </form>
      )}
    </section>
  );
}
