'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { setMyMediaPreference } from '@/lib/wellness/actions';
import type { MediaPreference } from '@/lib/wellness/preferences';

const choices = ['organisation', 'blur_all', 'blur_sensitive', 'greyscale'] as const;
type Choice = (typeof choices)[number];

/** A member's own media preference: radio buttons (arrow keys move between them), saved on submit. */
export function PreferenceForm({ own, organisationDefault }: { own: MediaPreference | null; organisationDefault: MediaPreference }) {
  const t = useTranslations('wellness');
  const save = useAction(setMyMediaPreference);
  const [choice, setChoice] = useState<Choice>(own ?? 'organisation');
  const [saved, setSaved] = useState(false);
  return (
    <form className="space-y-3" onSubmit={(e) => { e.preventDefault(); setSaved(false); save.run({ preference: choice }, () => setSaved(true)); }}>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t('preferences.mediaLegend')}</legend>
        {choices.map((c) => (
          <label key={c} className="flex min-h-11 cursor-pointer items-center gap-2 rounded border border-slate-200 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name="media-preference" value={c} checked={choice === c} onChange={() => setChoice(c)} />
            {c === 'organisation' ? t('preference.organisation', { current: t(`preference.${organisationDefault}`) }) : t(`preference.${c}`)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={save.pending}>{t('preferences.save')}</Button>
      {save.error && <Alert>{save.error.message}</Alert>}
      {saved && <Alert tone="success">{t('preferences.saved')}</Alert>}
    </form>
  );
}
