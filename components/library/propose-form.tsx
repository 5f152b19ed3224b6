'use client';

import { useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useAction, useErrorText } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { proposeExample } from '@/lib/library/actions';
import { mergeSpans, redactForLibrary, type Span } from '@/lib/library/redact';
import { parseTags } from '@/lib/library/tags';

/**
 * The moderator marks spans of the evidence text to redact (select, then the button or Alt+R); the
 * preview shows what will be saved. The server redacts again from the snapshot itself: the browser
 * only sends positions, never the text.
 */
export function ProposeForm({ caseId, text, context, suggested, verdictLabel }: {
  caseId: string; text: string; context: string; suggested: Span[]; verdictLabel: string;
}) {
  const t = useTranslations('library');
  const router = useRouter();
  const errors = useErrorText();
  const area = useRef<HTMLTextAreaElement>(null);
  const [marks, setMarks] = useState<Span[]>(suggested);
  const [rationale, setRationale] = useState('');
  const [tags, setTags] = useState('');
  const propose = useAction(proposeExample);
  const preview = useMemo(() => redactForLibrary(text, marks).text, [text, marks]);
  const contextPreview = useMemo(() => redactForLibrary(context, []).text, [context]);

  const mark = () => {
    const el = area.current;
    if (!el || el.selectionEnd <= el.selectionStart) return;
    setMarks(mergeSpans([...marks, { start: el.selectionStart, end: el.selectionEnd }], text.length));
    el.focus();
  };

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        propose.run({ caseId, redact: marks, rationale, tags: parseTags(tags) }, (d) => router.push(`/library/${d.id}`));
      }}
    >
      {propose.error && <Alert>{errors.form(propose.error, ['rationale']) ?? propose.error.message}</Alert>}
      <Field id="p-original" label={t('propose.original')}>
        <textarea
          id="p-original" ref={area} readOnly rows={4} value={text}
          className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm shadow-sm focus:border-brand-600"
          onKeyDown={(e) => { if (e.altKey && e.key.toLowerCase() === 'r') { e.preventDefault(); mark(); } }}
        />
      </Field>
      <div className="flex items-center gap-2">
        <Button variant="secondary" size="sm" onClick={mark} aria-keyshortcuts="Alt+R">{t('propose.redact')}</Button>
        <Button variant="ghost" size="sm" onClick={() => setMarks([])} disabled={!marks.length}>{t('propose.clear')}</Button>
        <span role="status" className="text-sm text-slate-600">{t('propose.marks', { count: marks.length })}</span>
      </div>
      <section aria-labelledby="p-preview-title" className="rounded-md border border-amber-200 bg-amber-50 p-2">
        <h2 id="p-preview-title" className="text-xs font-medium text-amber-900">{t('propose.preview')}</h2>
        <p data-testid="redacted-preview" className="whitespace-pre-wrap break-words text-sm text-slate-900">{preview}</p>
      </section>
      {context && (
        <section>
          <h2 className="text-xs font-medium text-slate-600">{t('propose.context')}</h2>
          <p className="whitespace-pre-wrap break-words text-sm text-slate-700">{contextPreview}</p>
        </section>
      )}
      <p className="text-sm"><span className="text-slate-600">{t('propose.verdict')}:</span> <strong>{verdictLabel}</strong></p>
      <Field id="p-rationale" label={t('propose.rationale')} error={errors.field(propose.error, 'rationale')}>
        <Textarea id="p-rationale" rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />
      </Field>
      <Field id="p-tags" label={t('propose.tags')} hint={t('edit.tagsHint')}>
        <Input id="p-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      <Button type="submit" disabled={propose.pending}>{t('propose.submit')}</Button>
    </form>
  );
}
