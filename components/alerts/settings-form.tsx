'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { ActionErrorText } from '@/components/incidents/action-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { previewDetectorSettings, saveDetectorSettings } from '@/lib/alerts/actions';
import type { DetectorSettings } from '@/lib/signals/detector';
import type { SettingsPreview } from '@/lib/signals/preview';

const fields: (keyof DetectorSettings)[] = [
  'threshold', 'minRate', 'minLift', 'minEvents', 'designLift', 'dispersion', 'halfLifeMinutes', 'floorRate', 'youngFloorRate', 'warmupMinutes', 'knownStreamMinutes', 'newKeyMinutes', 'newKeyMinRate', 'maxSurgeMinutes',
];

/** The detector's thresholds: preview what a setting would have raised over the stored history, then save it. */
export function DetectorSettingsForm({ current }: { current: DetectorSettings }) {
  const t = useTranslations('alerts.settings');
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(fields.map((f) => [f, String(current[f])])));
  const [preview, setPreview] = useState<SettingsPreview | null>(null);
  const [saved, setSaved] = useState(false);
  const previewing = useAction(previewDetectorSettings);
  const saving = useAction(saveDetectorSettings);
  const error = previewing.error ?? saving.error;
  const input = Object.fromEntries(fields.map((f) => [f, values[f]])) as unknown as DetectorSettings;
  const fieldError = (f: string) => error?.fields?.[f]?.[0];
  return (
    <form className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" onSubmit={(e) => { e.preventDefault(); setSaved(false); saving.run(input, () => setSaved(true)); }}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((f) => (
          <Field key={f} id={`setting-${f}`} label={t(`fields.${f}`)} error={fieldError(f)}>
            <Input
              id={`setting-${f}`} name={f} inputMode="decimal" value={values[f]} invalid={!!fieldError(f)}
              onChange={(e) => { setValues({ ...values, [f]: e.target.value }); setPreview(null); setSaved(false); }}
            />
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={previewing.pending} onClick={() => previewing.run(input, setPreview)}>{t('preview')}</Button>
        <Button type="submit" disabled={saving.pending}>{t('save')}</Button>
      </div>
      {error && (error.code === 'invalid_input' ? <Alert>{t('invalid')}</Alert> : <ActionErrorText error={error} />)}
      {saved && <Alert tone="success">{t('saved')}</Alert>}
      {preview && (
        <div role="status" className="space-y-1 text-sm" data-testid="settings-preview">
          <p>{t('previewResult', { keys: preview.keys, days: preview.days, candidate: preview.candidate.alerts, current: preview.current.alerts })}</p>
          <p className="text-slate-600">
            {t('byKind')}: {Object.entries(preview.candidate.byKind).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(' · ') || '0'}
          </p>
          {preview.truncated && <p className="text-amber-800">{t('truncated')}</p>}
        </div>
      )}
    </form>
  );
}
