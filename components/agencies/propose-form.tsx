'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Button } from '@/components/ui/button';
import { Field, Select, Textarea } from '@/components/ui/field';
import { proposeAgencyAction } from '@/lib/agencies/actions';
import { AgencyErrorText } from './error-text';

const types = ['warning', 'suspend_income', 'restrict_services', 'expel'] as const;

export function ProposeForm({ agencyId, incidents }: { agencyId: string; incidents: { id: string; title: string }[] }) {
  const t = useTranslations('agencies');
  const propose = useAction(proposeAgencyAction);
  const [form, setForm] = useState({ type: 'warning' as (typeof types)[number], reason: '', incidentId: incidents[0]?.id ?? '' });
  const [done, setDone] = useState(false);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold text-slate-900">{t('propose.title')}</h2>
      <p className="mb-2 text-xs text-slate-600">{t('propose.hint')}</p>
      <form className="space-y-2" onSubmit={(e) => {
        e.preventDefault();
        setDone(false);
        propose.run({ agencyId, type: form.type, reason: form.reason, incidentId: form.incidentId || null }, () => {
          setForm({ ...form, reason: '' });
          setDone(true);
        });
      }}>
        <div className="grid gap-2 sm:grid-cols-2">
          <Field id="agency-action-type" label={t('propose.type')}>
            <Select id="agency-action-type" value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as typeof form.type })}>
              {types.map((type) => <option key={type} value={type}>{t(`types.${type}`)}</option>)}
            </Select>
          </Field>
          <Field id="agency-action-incident" label={t('propose.incident')}>
            <Select id="agency-action-incident" value={form.incidentId} onChange={(e) => setForm({ ...form, incidentId: e.target.value })}>
              <option value="">{t('propose.noIncident')}</option>
              {incidents.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
            </Select>
          </Field>
        </div>
        <Field id="agency-action-reason" label={t('propose.reason')}>
          <Textarea id="agency-action-reason" rows={3} required minLength={3} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
        </Field>
        <AgencyErrorText error={propose.error} />
        {done && <p role="status" className="text-sm text-emerald-700">{t('propose.done')}</p>}
        <Button type="submit" size="sm" disabled={propose.pending}>{t('propose.submit')}</Button>
      </form>
    </section>
  );
}
