'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { updateCategorySettings } from '@/lib/categories/actions';
import { DUE_MINUTES_MAX, DUE_MINUTES_MIN } from '@/lib/categories/bounds';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useAction, useErrorText } from '../use-action';

export type CategoryRowData = { id: string; name: string; severity: number; dueMinutes: number; active: boolean; selfHarm: boolean };

const control = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-500';

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? <p id={id} role="alert" className="mt-1 text-sm text-red-700">{message}</p> : null;
}

export function CategoryRow({ category }: { category: CategoryRowData }) {
  const t = useTranslations('admin.categories');
  const errors = useErrorText();
  const { run, pending, error } = useAction(updateCategorySettings);
  const [due, setDue] = useState(String(category.dueMinutes));
  const [saved, setSaved] = useState(false);
  const formId = `category-${category.id}`;
  const minutes = Number(due);
  const duration = Number.isInteger(minutes) && minutes > 0
    ? t('duration', { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 }).trim()
    : '';

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setSaved(false);
    run(
      { id: category.id, severity: Number(data.get('severity')), dueMinutes: due.trim() === '' ? Number.NaN : Number(due), active: data.get('active') === 'on' },
      () => setSaved(true),
    );
  }

  const severityError = errors.field(error, 'severity');
  const dueError = errors.field(error, 'dueMinutes');
  const rowError = errors.form(error, ['severity', 'dueMinutes']);
  return (
    <tr className="align-top" data-testid={`category-row-${category.id}`}>
      <th scope="row" className="px-3 py-2 text-left font-normal">
        <div className="font-medium text-slate-900">{category.name}</div>
        <div className="font-mono text-xs text-slate-500">{category.id}</div>
        {category.selfHarm && <div className="mt-1"><Badge tone="purple">{t('selfHarm')}</Badge></div>}
      </th>
      <td className="px-3 py-2">
        <label htmlFor={`${formId}-severity`} className="sr-only">{t('severityFor', { name: category.name })}</label>
        <select
          id={`${formId}-severity`}
          name="severity"
          form={formId}
          defaultValue={category.severity}
          className={control}
          aria-invalid={severityError ? true : undefined}
          aria-describedby={severityError ? `${formId}-severity-error` : undefined}
        >
          {[1, 2, 3, 4].map((s) => <option key={s} value={s}>{t(`severityLevels.${s}` as 'severityLevels.1')}</option>)}
        </select>
        <FieldError id={`${formId}-severity-error`} message={severityError} />
      </td>
      <td className="px-3 py-2">
        <label htmlFor={`${formId}-due`} className="sr-only">{t('dueMinutesFor', { name: category.name })}</label>
        <input
          id={`${formId}-due`}
          name="dueMinutes"
          form={formId}
          type="number"
          inputMode="numeric"
          min={DUE_MINUTES_MIN}
          max={DUE_MINUTES_MAX}
          step={1}
          value={due}
          onChange={(e) => setDue(e.target.value)}
          className={`${control} w-28`}
          aria-invalid={dueError ? true : undefined}
          aria-describedby={dueError ? `${formId}-due-hint ${formId}-due-error` : `${formId}-due-hint`}
        />
        <p id={`${formId}-due-hint`} className="mt-1 text-xs text-slate-500">{duration}</p>
        <FieldError id={`${formId}-due-error`} message={dueError} />
      </td>
      <td className="px-3 py-2">
        <input
          id={`${formId}-active`}
          name="active"
          form={formId}
          type="checkbox"
          defaultChecked={category.active}
          className="h-4 w-4 rounded border-slate-300"
          aria-label={t('activeFor', { name: category.name })}
        />
      </td>
      <td className="px-3 py-2">
        <form id={formId} onSubmit={onSubmit} noValidate>
          <Button type="submit" size="sm" variant="secondary" disabled={pending}>{pending ? t('saving') : t('save')}</Button>
        </form>
        {rowError && <p role="alert" className="mt-1 text-sm text-red-700">{rowError}</p>}
        <p role="status" className="mt-1 text-sm text-emerald-700">{saved ? t('saved', { name: category.name }) : ''}</p>
      </td>
    </tr>
  );
}
