'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { setTimeZone } from '@/lib/organisation/actions';

const suggestions = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'UTC'];

export function TimeZoneForm({ current }: { current: string }) {
  const t = useTranslations('organisation.timeZone');
  const save = useAction(setTimeZone);
  const [zone, setZone] = useState(current);
  const [saved, setSaved] = useState<string | null>(null);
  const invalid = !!save.error?.fields?.timeZone;
  return (
    <form className="max-w-md space-y-3 rounded-lg border border-slate-200 bg-white p-4" onSubmit={(e) => {
      e.preventDefault();
      setSaved(null);
      save.run({ timeZone: zone }, (d) => setSaved(d.timeZone));
    }}>
      <Field id="org-time-zone" label={t('label')} hint={t('hint')} error={invalid ? t('invalid', { zone }) : undefined}>
        <Input id="org-time-zone" list="org-time-zones" required value={zone} invalid={invalid} autoComplete="off" spellCheck={false}
          onChange={(e) => { setZone(e.target.value); save.clearError(); }} />
      </Field>
      <datalist id="org-time-zones">{suggestions.map((z) => <option key={z} value={z} />)}</datalist>
      {save.error && !invalid && <Alert>{save.error.message}</Alert>}
      {saved && <Alert tone="success">{t('saved', { zone: saved })}</Alert>}
      <Button type="submit" disabled={save.pending}>{t('save')}</Button>
    </form>
  );
}
