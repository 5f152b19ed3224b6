'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { saveModelSettings } from '@/lib/model/actions';
import { previewThresholds, type OutcomeGroup } from '@/lib/model/precheck-preview';
import { precheckKinds, type PrecheckSettings, type Thresholds } from '@/lib/model/precheck-settings';
import { riskFactorNames } from '@/lib/model/risk';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction, useErrorText } from '@/components/ui/use-action';

type Props = {
  published: PrecheckSettings; draft: PrecheckSettings | null; draftVersion: number | null; standardsVersion: number | null;
  outcomes: OutcomeGroup[]; categories: string[]; canEdit: boolean; names?: Record<string, string>;
};
const levels = ['remind', 'hold', 'block'] as const;

/**
 * Thresholds per kind and per category, and the risk weights, edited in the standards draft: they take
 * effect when the draft is published. The preview re-decides last week's pre-checked items (kept as
 * score, category and kind only) under the settings on screen, in the browser.
 */
export function SettingsEditor({ published, draft, draftVersion, standardsVersion, outcomes, categories, canEdit, names = {} }: Props) {
  const t = useTranslations('model.settings');
  const kinds = useTranslations('model.settingsChanges.kinds');
  const errors = useErrorText();
  const save = useAction(saveModelSettings);
  const editable = canEdit && draftVersion !== null;
  const [s, setS] = useState<PrecheckSettings>(draft ?? published);
  const preview = useMemo(() => previewThresholds(outcomes, s), [outcomes, s]);

  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
  const setDefault = (l: keyof Thresholds, v: string) => setS({ ...s, thresholds: { ...s.thresholds, default: { ...s.thresholds.default, [l]: num(v) ?? 0 } } });
  const setOverride = (scope: 'byKind' | 'byCategory', key: string, l: keyof Thresholds, v: string) => {
    const current = { ...((s.thresholds[scope] as Record<string, Partial<Thresholds> | undefined>)[key] ?? {}) };
    const value = num(v);
    if (value === undefined || Number.isNaN(value)) delete current[l]; else current[l] = value;
    const next = { ...s.thresholds[scope], [key]: current } as Record<string, Partial<Thresholds>>;
    if (Object.keys(current).length === 0) delete next[key];
    setS({ ...s, thresholds: { ...s.thresholds, [scope]: next } });
  };
  const setWeight = (f: (typeof riskFactorNames)[number], v: string) => setS({ ...s, risk: { ...s.risk, [f]: num(v) ?? 0 } });

  const input = (id: string, value: number | undefined, onChange: (v: string) => void, placeholder?: number, max = 1.01, step = 0.01) => (
    <input id={id} aria-label={id} type="number" min={0} max={max} step={step} value={value ?? ''} placeholder={placeholder === undefined ? '' : String(placeholder)}
      disabled={!editable} onChange={(e) => onChange(e.target.value)}
      className="w-20 rounded border border-slate-300 px-1.5 py-1 text-sm tabular-nums disabled:bg-slate-50" />
  );
  const row = (scope: 'byKind' | 'byCategory', key: string, label: string) => {
    const o = (s.thresholds[scope] as Record<string, Partial<Thresholds> | undefined>)[key] ?? {};
    return (
      <tr key={`${scope}-${key}`} className="border-t border-slate-100">
        <th scope="row" className="py-1 pr-3 text-left font-normal">{label}</th>
        {levels.map((l) => <td key={l} className="py-1 pr-2">{input(`${scope}.${key}.${l}`, o[l], (v) => setOverride(scope, key, l, v), s.thresholds.default[l])}</td>)}
      </tr>
    );
  };
  const fieldErrors = save.error?.fields ? Object.entries(save.error.fields).map(([k, v]) => `${k}: ${v.join(', ')}`).join('; ') : null;
  const formError = fieldErrors ?? errors.form(save.error);

  return (
    <section aria-labelledby="model-settings" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="model-settings" className="font-medium text-slate-900">{t('title')}</h2>
      <p className="text-sm text-slate-700">{t('explain', { published: standardsVersion ?? '—' })}</p>
      {canEdit && draftVersion === null && <Alert tone="info">{t('noDraft')} <Link className="underline" href="/standards/draft">{t('openDraft')}</Link></Alert>}
      {editable && <p className="text-sm text-slate-700">{t('editingDraft', { version: draftVersion })}</p>}
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="overflow-x-auto">
          <table className="text-sm" aria-label={t('thresholds')}>
            <caption className="pb-1 text-left font-medium text-slate-800">{t('thresholds')}</caption>
            <thead><tr className="text-xs text-slate-500"><th /><th className="text-left">{t('remind')}</th><th className="text-left">{t('hold')}</th><th className="text-left">{t('block')}</th></tr></thead>
            <tbody>
              <tr>
                <th scope="row" className="py-1 pr-3 text-left">{t('default')}</th>
                {levels.map((l) => <td key={l} className="py-1 pr-2">{input(`default.${l}`, s.thresholds.default[l], (v) => setDefault(l, v))}</td>)}
              </tr>
              {precheckKinds.map((k) => row('byKind', k, t('kind', { kind: kinds(k as 'post') })))}
              {categories.map((c) => row('byCategory', c, t('category', { category: names[c] ?? c })))}
            </tbody>
          </table>
          <p className="mt-1 text-xs text-slate-500">{t('order')}</p>
        </div>
        <div className="space-y-3">
          <table className="text-sm" aria-label={t('weights')}>
            <caption className="pb-1 text-left font-medium text-slate-800">{t('weights')}</caption>
            <tbody>{riskFactorNames.map((f) => (
              <tr key={f}><th scope="row" className="py-1 pr-3 text-left font-normal">{t(`factor_${f}`)}</th><td>{input(`risk.${f}`, s.risk[f], (v) => setWeight(f, v), undefined, 100, 1)}</td></tr>
            ))}</tbody>
          </table>
          <div role="status" className="rounded-md bg-slate-50 p-3 text-sm" data-testid="threshold-preview">
            <p className="font-medium">{t('previewTitle')}</p>
            <p>{t('preview', { changed: preview.changed, total: preview.total })}</p>
            <p className="text-xs text-slate-600">{t('previewCounts', { ...preview.proposed })}</p>
          </div>
        </div>
      </div>
      {formError && <Alert>{formError}</Alert>}
      {editable && (
        <Button onClick={() => save.run({ version: draftVersion!, settings: s })} disabled={save.pending}>{save.pending ? t('saving') : t('save')}</Button>
      )}
    </section>
  );
}
