'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { useAction, useErrorText } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import type { ExampleLanguage, ExampleStatus, ExampleVerdict, LibraryExample, Channel } from '@/db/schema';
import type { CategoryOption } from '@/lib/categories/queries';
import { acceptExample, rejectExample, retireExample, updateExample } from '@/lib/library/actions';
import { parseTags } from '@/lib/library/tags';

type Editable = Pick<LibraryExample, 'id' | 'text' | 'context' | 'verdict' | 'categoryId' | 'language' | 'channel' | 'tags' | 'rationale' | 'status'>;
const verdicts: ExampleVerdict[] = ['violation', 'not_violation'];
const languages: ExampleLanguage[] = ['zh', 'en', 'mixed'];

/** The admin's review form: edit any field, then accept or reject a proposal, or retire an accepted example. */
export function ExampleEditor({ example, categories, channels }: { example: Editable; categories: CategoryOption[]; channels: readonly Channel[] }) {
  const t = useTranslations('library');
  const [confirm, confirmDialog] = useConfirm();
  const errors = useErrorText();
  const [form, setForm] = useState({ ...example, tags: example.tags.join(', ') });
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useAction(updateExample);
  const accept = useAction(acceptExample);
  const reject = useAction(rejectExample);
  const retire = useAction(retireExample);
  const pending = save.pending || accept.pending || reject.pending || retire.pending;
  const error = save.error ?? accept.error ?? reject.error ?? retire.error;

  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => { setForm({ ...form, [k]: e.target.value }); setDirty(true); };
  const input = () => ({
    id: example.id, text: form.text, context: form.context, verdict: form.verdict, categoryId: form.categoryId || null,
    language: form.language, channel: form.channel || null, tags: parseTags(form.tags), rationale: form.rationale,
  });
  const change = (action: typeof accept, message: string) => {
    const go = () => action.run({ id: example.id }, () => setNotice(message));
    // Accepting what is on screen: unsaved edits are saved first, so the accepted text is what the admin read.
    if (dirty) save.run(input(), () => { setDirty(false); go(); });
    else go();
  };
  const status: ExampleStatus = example.status;

  return (
    <form
      aria-labelledby="edit-title"
      className="space-y-3 rounded-md border border-slate-200 bg-white p-3"
      onSubmit={(e) => { e.preventDefault(); save.run(input(), () => { setDirty(false); setNotice(t('edit.saved')); }); }}
    >
      <h2 id="edit-title" className="text-sm font-semibold text-slate-800">{t('edit.title')}</h2>
      {notice && !error && <Alert tone="success">{notice}</Alert>}
      {error && <Alert>{errors.form(error, ['text', 'rationale']) ?? error.message}</Alert>}
      <Field id="e-text" label={t('detail.text')} error={errors.field(error, 'text')}>
        <Textarea id="e-text" rows={4} value={form.text} onChange={set('text')} invalid={!!errors.field(error, 'text')} />
      </Field>
      <Field id="e-context" label={t('detail.context')}>
        <Textarea id="e-context" rows={2} value={form.context} onChange={set('context')} />
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field id="e-verdict" label={t('filters.verdict')}>
          <Select id="e-verdict" value={form.verdict} onChange={set('verdict')}>
            {verdicts.map((v) => <option key={v} value={v}>{t(`verdict.${v}`)}</option>)}
          </Select>
        </Field>
        <Field id="e-category" label={t('filters.category')}>
          <Select id="e-category" value={form.categoryId ?? ''} onChange={set('categoryId')}>
            <option value="">{t('detail.uncategorized')}</option>
            {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </Select>
        </Field>
        <Field id="e-language" label={t('filters.language')}>
          <Select id="e-language" value={form.language} onChange={set('language')}>
            {languages.map((v) => <option key={v} value={v}>{t(`language.${v}`)}</option>)}
          </Select>
        </Field>
        <Field id="e-channel" label={t('filters.channel')}>
          <Select id="e-channel" value={form.channel ?? ''} onChange={set('channel')}>
            <option value="">—</option>
            {channels.map((v) => <option key={v} value={v}>{t(`channel.${v}` as 'channel.post')}</option>)}
          </Select>
        </Field>
      </div>
      <Field id="e-tags" label={t('detail.tags')} hint={t('edit.tagsHint')}>
        <Input id="e-tags" value={form.tags} onChange={set('tags')} />
      </Field>
      <Field id="e-rationale" label={t('detail.rationale')} error={errors.field(error, 'rationale')}>
        <Textarea id="e-rationale" rows={4} value={form.rationale} onChange={set('rationale')} />
      </Field>
      {confirmDialog}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={pending || !dirty}>{t('edit.save')}</Button>
        {status === 'proposed' && <Button disabled={pending} onClick={() => change(accept, t('edit.accepted'))}>{t('edit.accept')}</Button>}
        {status === 'proposed' && <Button variant="danger" disabled={pending} onClick={async () => {
          if (await confirm({ title: t('edit.confirmReject.title'), body: t('edit.confirmReject.body'), confirmLabel: t('edit.confirmReject.yes') })) change(reject, t('edit.rejected'));
        }}>{t('edit.reject')}</Button>}
        {status === 'accepted' && <Button variant="danger" disabled={pending} onClick={() => change(retire, t('edit.retired'))}>{t('edit.retire')}</Button>}
      </div>
    </form>
  );
}
