'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { saveTemplate } from '@/lib/templates/actions';
import { placeholdersOf, renderTemplate, type TemplateKind, type TemplateLocale } from '@/lib/templates/render';
import type { CurrentTemplate } from '@/lib/templates/store';

const samples: Record<TemplateLocale, Record<string, string>> = {
  en: { handle: 'example_user', category: 'Insult', until: '2026-03-08 14:30 (Asia/Shanghai)', caseShortId: '58f1b473', reference: 'SAN-1A2B3C4D' },
  zh: { handle: 'example_user', category: '辱骂', until: '2026-03-08 14:30 (Asia/Shanghai)', caseShortId: '58f1b473', reference: 'SAN-1A2B3C4D' },
};

/** One template (a kind in one language): the text, its placeholders, a live preview and its version. */
export function TemplateEditor({ template }: { template: CurrentTemplate }) {
  const t = useTranslations('organisation.templates');
  const format = useFormatter();
  const save = useAction(saveTemplate);
  const [body, setBody] = useState(template.body);
  const [saved, setSaved] = useState<number | null>(null);
  const id = `template-${template.kind}-${template.locale}`;
  const fieldError = save.error?.fields?.body;
  const errorText = fieldError?.map((code) => {
    const [name, detail] = code.split(':');
    return t.has(`errors.${name}`) ? t(`errors.${name}`, { placeholder: detail ?? '' }) : code;
  }).join(' ');
  return (
    <form className="space-y-2" data-testid={id} onSubmit={(e) => {
      e.preventDefault();
      setSaved(null);
      save.run({ kind: template.kind, locale: template.locale, body }, (d) => setSaved(d.version));
    }}>
      <Field id={id} label={t(`locale.${template.locale}`)} error={errorText}
        hint={t('placeholders', { list: placeholdersOf[template.kind].map((p) => `{${p}}`).join(' ') })}>
        <Textarea id={id} rows={3} value={body} invalid={!!fieldError} lang={template.locale === 'zh' ? 'zh-CN' : 'en'}
          onChange={(e) => { setBody(e.target.value); save.clearError(); setSaved(null); }} />
      </Field>
      <div className="rounded border border-dashed border-slate-300 bg-slate-50 p-2 text-sm">
        <span className="text-xs font-medium text-slate-500">{t('preview')}</span>
        {/* Text, never HTML: what the account will read. */}
        <p className="whitespace-pre-wrap break-words" data-testid={`${id}-preview`}>{renderTemplate(body, samples[template.locale])}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-xs text-slate-500">
        <Button type="submit" size="sm" disabled={save.pending || body.trim() === template.body}>{t('save')}</Button>
        <span>{template.version === 0 ? t('builtIn') : t('version', {
          version: template.version, name: template.editedBy ?? '—',
          at: template.editedAt ? format.dateTime(new Date(template.editedAt), { dateStyle: 'medium', timeStyle: 'short' }) : '',
        })}</span>
        {saved !== null && <span role="status" className="text-green-700">{t('saved', { version: saved })}</span>}
      </div>
      {save.error && !fieldError && <Alert>{save.error.message}</Alert>}
    </form>
  );
}

export function TemplateKindSection({ kind, templates }: { kind: TemplateKind; templates: CurrentTemplate[] }) {
  const t = useTranslations('organisation.templates');
  return (
    <section aria-labelledby={`kind-${kind}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h2 id={`kind-${kind}`} className="font-semibold text-slate-900">{t(`kinds.${kind}.title`)}</h2>
        <p className="text-sm text-slate-600">{t(`kinds.${kind}.description`)}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {templates.map((tpl) => <TemplateEditor key={tpl.locale} template={tpl} />)}
      </div>
    </section>
  );
}
