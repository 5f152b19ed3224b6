'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { generateComplianceReport } from '@/lib/compliance/actions';
import { periodKinds, type PeriodKind } from '@/lib/compliance/period';

/** Pick a period and generate its report; the new report is then shown below with its files. */
export function GenerateForm({ today, timeZone }: { today: string; timeZone: string }) {
  const t = useTranslations('compliance');
  const router = useRouter();
  const { run, pending, error } = useAction(generateComplianceReport);
  const [kind, setKind] = useState<PeriodKind>('week');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [done, setDone] = useState<string | null>(null);
  const problem = (field: 'from' | 'to') => {
    const code = error?.fields?.[field]?.[0];
    if (!code) return undefined;
    return t.has(`errors.${code}`) ? t(`errors.${code}` as 'errors.from') : t(`errors.${field}`);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    run({ kind, from, ...(kind === 'custom' ? { to } : {}) }, (data) => {
      setDone(data.label);
      router.replace(`/compliance?report=${data.id}`);
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="compliance-generate-title">
      <h2 id="compliance-generate-title" className="text-sm font-semibold text-slate-900">{t('form.title')}</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="compliance-kind" label={t('form.kind')}>
          <Select id="compliance-kind" value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
            {periodKinds.map((k) => <option key={k} value={k}>{t(`form.kinds.${k}`)}</option>)}
          </Select>
        </Field>
        <Field id="compliance-from" label={kind === 'custom' ? t('form.fromCustom') : t('form.from')} error={problem('from')}>
          <Input id="compliance-from" type="date" value={from} max={today} onChange={(e) => setFrom(e.target.value)} required invalid={!!problem('from')} />
        </Field>
        {kind === 'custom' && (
          <Field id="compliance-to" label={t('form.to')} error={problem('to')}>
            <Input id="compliance-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} required invalid={!!problem('to')} />
          </Field>
        )}
      </div>
      <p className="text-xs text-slate-500">{t('form.hint', { timeZone })}</p>
      {error && !error.fields && <Alert>{error.message}</Alert>}
      {done && <p role="status" className="text-sm text-emerald-700">{t('form.generated', { label: done })}</p>}
      <Button type="submit" disabled={pending}>{pending ? t('form.generating') : t('form.generate')}</Button>
    </form>
  );
}
