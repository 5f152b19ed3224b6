'use client';

import { useTranslations } from 'next-intl';
import { DUE_MINUTES_MAX, DUE_MINUTES_MIN } from '@/lib/categories/bounds';
import { defaultActions, textFields, type CategoryContent, type EditableField, type TextField } from '@/lib/standards/fields';
import { useAutosave, type SaveState } from './use-autosave';

const control = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500';
const neededToPublish: TextField[] = ['definitionEn', 'definitionZh', 'notCyberviolenceEn', 'notCyberviolenceZh'];
const tone: Record<SaveState, string> = { idle: 'text-slate-500', unsaved: 'text-slate-500', saving: 'text-slate-500', saved: 'text-emerald-700', error: 'text-red-700' };

/** One category of the draft, every field saved as the admin types. */
export function CategoryEditor({ version, category }: { version: number; category: CategoryContent }) {
  const t = useTranslations('standards');
  const { values, set, state, error, fieldError } = useAutosave(version, category.categoryId, {
    ...Object.fromEntries(textFields.map((f) => [f, category[f]])),
    severity: category.severity, defaultAction: category.defaultAction, dueMinutes: category.dueMinutes, retired: category.retired,
  });
  const say = (code: string | undefined) => (code ? (t.has(`errors.${code}`) ? t(`errors.${code}` as 'errors.required') : t('errors.generic')) : undefined);
  const id = (f: EditableField) => `${category.categoryId}-${f}`;
  const retired = values.retired === true;
  // The same rule publishing applies (lib/standards/validation.ts), shown while the admin writes.
  const hint = (f: TextField) => (!retired && neededToPublish.includes(f) && !String(values[f] ?? '').trim() ? t('draft.neededToPublish') : undefined);
  const message = (f: EditableField) => {
    const e = say(fieldError(f));
    return e ? <p id={`${id(f)}-error`} role="alert" className="mt-1 text-sm text-red-700">{e}</p> : null;
  };
  const formError = state === 'error' && error && !Object.keys(error.fields ?? {}).some((k) => k.startsWith('changes.'))
    ? say(error.fields ? Object.values(error.fields)[0]?.[0] : undefined) ?? t('errors.generic') : state === 'error' ? t('draft.notSaved') : null;

  return (
    <section id={`cat-${category.categoryId}`} aria-labelledby={`${category.categoryId}-title`} data-testid={`editor-${category.categoryId}`}
      className={`rounded-md border bg-white px-4 py-3 ${retired ? 'border-slate-200 opacity-75' : 'border-slate-300'}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${category.categoryId}-title`} className="text-base font-semibold text-slate-900">
          {String(values.nameEn ?? '')} · {String(values.nameZh ?? '')} <span className="font-mono text-xs font-normal text-slate-500">{category.categoryId}</span>
        </h2>
        <p role="status" data-testid={`save-state-${category.categoryId}`} className={`text-sm ${tone[state]}`}>
          {state === 'saving' ? t('draft.saving') : state === 'saved' ? t('draft.saved') : state === 'unsaved' ? t('draft.unsaved') : ''}
        </p>
      </div>
      {formError && <p role="alert" className="mt-1 text-sm text-red-700">{formError}</p>}
      <div className="mt-2 grid gap-3 md:grid-cols-4">
        <label className="block text-sm">
          <span className="font-medium text-slate-700">{t('fields.severity')}</span>
          <select id={id('severity')} value={Number(values.severity)} onChange={(e) => set('severity', Number(e.target.value))} className={control}
            aria-invalid={!!fieldError('severity') || undefined}>
            {[1, 2, 3, 4].map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
          {message('severity')}
        </label>
        <label className="block text-sm">
          <span className="font-medium text-slate-700">{t('fields.defaultAction')}</span>
          <select id={id('defaultAction')} value={String(values.defaultAction)} onChange={(e) => set('defaultAction', e.target.value)} className={control}>
            {defaultActions.map((a) => <option key={a} value={a}>{t(`actions.${a}`)}</option>)}
          </select>
          {message('defaultAction')}
        </label>
        <label className="block text-sm">
          <span className="font-medium text-slate-700">{t('fields.dueMinutes')}</span>
          <input id={id('dueMinutes')} type="number" inputMode="numeric" min={DUE_MINUTES_MIN} max={DUE_MINUTES_MAX} step={1}
            defaultValue={Number(values.dueMinutes)}
            onChange={(e) => set('dueMinutes', e.target.value.trim() === '' ? Number.NaN : Number(e.target.value))}
            className={control} aria-invalid={!!fieldError('dueMinutes') || undefined} aria-describedby={fieldError('dueMinutes') ? `${id('dueMinutes')}-error` : undefined} />
          {message('dueMinutes')}
        </label>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" checked={retired} onChange={(e) => set('retired', e.target.checked)} className="size-4 rounded border-slate-300" />
          <span className="text-slate-700">{t('fields.retired')}</span>
        </label>
      </div>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        {textFields.map((f) => {
          const long = !f.startsWith('name');
          const needed = hint(f);
          const props = {
            id: id(f), value: String(values[f] ?? ''), className: control,
            onChange: (e: { target: { value: string } }) => set(f, e.target.value),
            'aria-invalid': !!fieldError(f) || undefined,
            'aria-describedby': fieldError(f) ? `${id(f)}-error` : needed ? `${id(f)}-hint` : undefined,
          };
          return (
            <div key={f} className="text-sm">
              <label htmlFor={id(f)} className="font-medium text-slate-700">{t(`fields.${f}`)}</label>
              {long ? <textarea rows={f.startsWith('indicators') ? 4 : 3} {...props} /> : <input type="text" {...props} />}
              {message(f)}
              {!fieldError(f) && needed && <p id={`${id(f)}-hint`} className="mt-1 text-xs text-amber-800">{needed}</p>}
            </div>
          );
        })}
      </div>
    </section>
  );
}
