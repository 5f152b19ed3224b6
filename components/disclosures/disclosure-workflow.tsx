'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { ActionErrorText } from '@/components/incidents/action-error';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { useConfirm } from '@/components/ui/confirm-dialog';
import type { ActionError } from '@/lib/actions/result';
import type { DisclosureStatus } from '@/db/schema';
import {
  approveDisclosure, correctDisclosure, editDisclosure, publishDisclosure, sendBackDisclosure, submitDisclosure,
} from '@/lib/disclosures/actions';

type Text = { titleEn: string; bodyEn: string; titleZh: string; bodyZh: string };
type Props = {
  disclosureId: string;
  status: DisclosureStatus;
  version: number;
  text: Text & { correctionNote: string | null };
  isAuthor: boolean;
  canReview: boolean;
  canDraft: boolean;
};

/** The buttons this viewer may use on the newest version; the server checks every one again. */
export function DisclosureWorkflow({ disclosureId, status, version, text, isAuthor, canReview, canDraft }: Props) {
  const t = useTranslations('disclosures');
  const edit = useAction(editDisclosure);
  const submit = useAction(submitDisclosure);
  const approve = useAction(approveDisclosure);
  const sendBack = useAction(sendBackDisclosure);
  const publish = useAction(publishDisclosure);
  const correct = useAction(correctDisclosure);
  const [confirm, confirmDialog] = useConfirm();
  // One language edited and the other not: the server refuses until told so explicitly; ask here.
  const askAboutLanguages = (action: typeof submit | typeof publish, which: 'submit' | 'publish') => {
    const lag = action.error?.fields?.languages?.[0];
    if (!lag) return;
    action.clearError();
    void confirm({
      title: t(`languages.${lag}.title` as 'languages.zh_not_updated.title'),
      body: t(`languages.${lag}.body` as 'languages.zh_not_updated.body'),
      confirmLabel: t(`languages.${which}Anyway`),
      tone: 'primary',
    }).then((ok) => { if (ok) action.run({ disclosureId, confirmOneLanguage: true }); });
  };
  // Runs when an answer arrives, not on every render.
  useEffect(() => askAboutLanguages(submit, 'submit'), [submit.error]);
  useEffect(() => askAboutLanguages(publish, 'publish'), [publish.error]);
  const [form, setForm] = useState({ ...text, correctionNote: text.correctionNote ?? '' });
  const [comment, setComment] = useState('');
  const [note, setNote] = useState('');
  const editable = isAuthor && (status === 'draft' || status === 'sent_back');
  const reviewing = canReview && !isAuthor;
  const languageRefusal = (e: ActionError | null) => (e?.fields?.languages ? null : e);
  const error = edit.error ?? languageRefusal(submit.error) ?? approve.error ?? sendBack.error ?? languageRefusal(publish.error) ?? correct.error;

  const input = (k: keyof typeof form, rows?: number) => {
    const id = `edit-${k}`;
    const props = { id, value: form[k], required: k !== 'correctionNote', onChange: (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value }) };
    return <Field id={id} label={t(`fields.${k}`)}>{rows ? <Textarea rows={rows} {...props} /> : <Input {...props} />}</Field>;
  };

  return (
    <div className="space-y-3">
      {editable && (
        <form className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" onSubmit={(e) => {
          e.preventDefault();
          edit.run({ disclosureId, ...form, correctionNote: form.correctionNote || undefined });
        }}>
          {input('titleEn')}
          {input('bodyEn', 6)}
          {input('titleZh')}
          {input('bodyZh', 6)}
          {version > 1 && input('correctionNote', 2)}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" variant="secondary" disabled={edit.pending}>{t('save')}</Button>
            <Button size="sm" disabled={submit.pending} onClick={() => submit.run({ disclosureId })}>{t('submit')}</Button>
          </div>
        </form>
      )}
      {status === 'in_review' && isAuthor && <p className="text-sm text-slate-600">{t('waitingForReview')}</p>}
      {status === 'in_review' && reviewing && (
        <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <Button disabled={approve.pending} onClick={() => approve.run({ disclosureId })}>{t('approve')}</Button>
          <Field id="review-comment" label={t('comment')}>
            <Textarea id="review-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          </Field>
          <Button variant="secondary" disabled={sendBack.pending || !comment.trim()} onClick={() => sendBack.run({ disclosureId, comment })}>{t('sendBack')}</Button>
        </div>
      )}
      {status === 'approved' && reviewing && (
        <Button disabled={publish.pending} onClick={() => publish.run({ disclosureId })}>{t('publish')}</Button>
      )}
      {status === 'approved' && !reviewing && <p className="text-sm text-slate-600">{t('waitingForPublish')}</p>}
      {status === 'published' && canDraft && (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); correct.run({ disclosureId, correctionNote: note }, () => setNote('')); }}>
          <Field id="correction-note" label={t('correctionNote')}><Input id="correction-note" required value={note} onChange={(e) => setNote(e.target.value)} /></Field>
          <Button type="submit" size="sm" variant="secondary" disabled={correct.pending}>{t('correct')}</Button>
        </form>
      )}
      <ActionErrorText error={error} />
      {confirmDialog}
    </div>
  );
}
