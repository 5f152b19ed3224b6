'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { StaffRole } from '@/db/schema';
import { roles } from '@/lib/auth/permissions';
import { createStaff } from '@/lib/staff/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { useAction, useErrorText } from '@/components/ui/use-action';

const inline = ['email', 'name', 'role', 'password'] as const;

export function CreateStaffForm() {
  const t = useTranslations('admin.staff.create');
  const roleName = useTranslations('common.roles');
  const errors = useErrorText();
  const { run, pending, error } = useAction(createStaff);
  const [created, setCreated] = useState<{ name: string; email: string } | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (k: string) => String(data.get(k) ?? '');
    setCreated(null);
    run({ email: text('email'), name: text('name'), role: text('role') as StaffRole, password: text('password') }, (member) => {
      form.reset();
      setCreated({ name: member.name, email: member.email });
    });
  }

  const fieldError = (name: (typeof inline)[number]) => errors.field(error, name);
  const formError = errors.form(error, inline);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="new-staff-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="new-staff-title" className="font-medium text-slate-900">{t('title')}</h2>
      {formError && <Alert>{formError}</Alert>}
      {created && <Alert tone="success">{t('created', created)}</Alert>}
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-4">
        <Field id="new-staff-email" label={t('email')} error={fieldError('email')}>
          <Input id="new-staff-email" name="email" type="email" autoComplete="off" required invalid={!!fieldError('email')} />
        </Field>
        <Field id="new-staff-name" label={t('name')} error={fieldError('name')}>
          <Input id="new-staff-name" name="name" autoComplete="off" required invalid={!!fieldError('name')} />
        </Field>
        <Field id="new-staff-role" label={t('role')} error={fieldError('role')}>
          <Select id="new-staff-role" name="role" defaultValue="moderator" invalid={!!fieldError('role')}>
            {roles.map((r) => <option key={r} value={r}>{roleName(r)}</option>)}
          </Select>
        </Field>
        <Field id="new-staff-password" label={t('password')} error={fieldError('password')} hint={t('passwordHint')}>
          <Input id="new-staff-password" name="password" type="password" autoComplete="new-password" required invalid={!!fieldError('password')} />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>{pending ? t('submitting') : t('submit')}</Button>
    </form>
  );
}
