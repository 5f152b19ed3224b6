'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { createIncident } from '@/lib/incidents/actions';
import { guessLanguage } from '@/lib/incidents/input';
import { ActionErrorText } from './action-error';

const risks = ['low', 'medium', 'high', 'critical'] as const;
const statuses = ['watching', 'active', 'contained'] as const;

/** Splits "林晓雨, #JusticeForX；小雨" on commas (ASCII or Chinese), semicolons and new lines. */
export const splitTerms = (s: string) => s.split(/[,，;；\n]/).map((x) => x.trim()).filter(Boolean);

export function CreateIncidentForm() {
  const t = useTranslations('incidents');
  const router = useRouter();
  const { run, pending, error } = useAction(createIncident);
  const [form, setForm] = useState({ title: '', summary: '', risk: 'medium', status: 'active', terms: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        run({
          title: form.title, summary: form.summary, risk: form.risk as (typeof risks)[number], status: form.status as (typeof statuses)[number],
          terms: splitTerms(form.terms).map((term) => ({ term, language: guessLanguage(term) })), parties: [],
        }, (data) => router.push(`/incidents/${data.id}`));
      }}
    >
      <h2 className="font-semibold">{t('create.title')}</h2>
      <Field id="incident-title" label={t('fields.title')}><Input id="incident-title" required value={form.title} onChange={set('title')} /></Field>
      <Field id="incident-summary" label={t('fields.summary')}><Textarea id="incident-summary" rows={2} value={form.summary} onChange={set('summary')} /></Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="incident-risk" label={t('fields.risk')}>
          <Select id="incident-risk" value={form.risk} onChange={set('risk')}>{risks.map((r) => <option key={r} value={r}>{t(`risk.${r}`)}</option>)}</Select>
        </Field>
        <Field id="incident-status" label={t('fields.status')}>
          <Select id="incident-status" value={form.status} onChange={set('status')}>{statuses.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}</Select>
        </Field>
      </div>
      <Field id="incident-terms" label={t('fields.terms')} hint={t('fields.termsHint')}>
        <Input id="incident-terms" value={form.terms} onChange={set('terms')} />
      </Field>
      <ActionErrorText error={error} />
      <Button type="submit" disabled={pending}>{t('create.submit')}</Button>
    </form>
  );
}
