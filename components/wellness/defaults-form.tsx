'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { saveWellnessDefaults } from '@/lib/wellness/actions';
import { mediaPreferences, type MediaPreference } from '@/lib/wellness/preferences';
import type { WellnessDefaults } from '@/lib/wellness/queries';

/** The admin's form for the organisation's media default and break reminder. */
export function DefaultsForm({ current }: { current: WellnessDefaults }) {
  const t = useTranslations('wellness');
  const save = useAction(saveWellnessDefaults);
  const [mediaPreference, setMediaPreference] = useState<MediaPreference>(current.mediaPreference);
  const [breakMinutes, setBreakMinutes] = useState(String(current.breakMinutes));
  const [saved, setSaved] = useState(false);
  const minutesError = save.error?.fields?.breakMinutes ? t('defaults.errors.breakMinutes') : undefined;
  return (
    <form className="max-w-lg space-y-3" onSubmit={(e) => {
      e.preventDefault();
      setSaved(false);
      save.run({ mediaPreference, breakMinutes: Number(breakMinutes) }, () => setSaved(true));
    }}>
      <Field id="wellness-media" label={t('defaults.mediaLabel')}>
        <Select id="wellness-media" value={mediaPreference} onChange={(e) => setMediaPreference(e.target.value as MediaPreference)}>
          {mediaPreferences.map((p) => <option key={p} value={p}>{t(`preference.${p}`)}</option>)}
        </Select>
      </Field>
      <Field id="wellness-break" label={t('defaults.breakLabel')} hint={t('defaults.breakHint')} error={minutesError}>
        <Input id="wellness-break" type="number" inputMode="numeric" required value={breakMinutes} invalid={!!minutesError} onChange={(e) => setBreakMinutes(e.target.value)} />
      </Field>
      <Button type="submit" disabled={save.pending}>{t('defaults.save')}</Button>
      {save.error && !minutesError && <Alert>{save.error.code === 'forbidden' ? t('defaults.errors.forbidden') : save.error.message}</Alert>}
      {saved && <Alert tone="success">{t('defaults.saved')}</Alert>}
    </form>
  );
}
