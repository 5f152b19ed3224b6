'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { StaffRole } from '@/db/schema';
import { roles } from '@/lib/auth/permissions';
import { changeRole, deactivateStaff, reactivateStaff } from '@/lib/staff/actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '../confirm-button';
import { useAction, useErrorText } from '@/components/ui/use-action';

export type StaffRowData = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  added: string;
  deactivatedSince: string | null;
};

export function StaffRow({ member, isSelf }: { member: StaffRowData; isSelf: boolean }) {
  const t = useTranslations('admin.staff');
  const roleName = useTranslations('common.roles');
  const errors = useErrorText();
  const role = useAction(changeRole);
  const status = useAction(member.active ? deactivateStaff : reactivateStaff);
  const [notice, setNotice] = useState<string | null>(null);
  const roleSelectId = `role-${member.id}`;

  function onRoleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const next = String(new FormData(e.currentTarget).get('role')) as StaffRole;
    setNotice(null);
    role.run({ id: member.id, role: next }, () => setNotice(t('roleChanged', { name: member.name, role: roleName(next) })));
  }
  const toggle = () => {
    setNotice(null);
    status.run({ id: member.id }, () => setNotice(t(member.active ? 'deactivated' : 'reactivated', { name: member.name })));
  };
  const roleError = errors.form(role.error);
  const statusError = errors.form(status.error);

  return (
    <tr className="align-top" data-testid={`staff-row-${member.email}`}>
      <td className="px-3 py-2">
        <span className="font-medium text-slate-900">{member.name}</span>
        {isSelf && <span className="ml-2"><Badge tone="blue">{t('list.you')}</Badge></span>}
      </td>
      <td className="px-3 py-2 font-mono text-sm">{member.email}</td>
      <td className="px-3 py-2">
        {/* Remounts when the role changes on the server, but keeps a refused choice on screen. */}
        <form key={member.role} onSubmit={onRoleSubmit} className="flex items-center gap-2">
          <label htmlFor={roleSelectId} className="sr-only">{t('roleFor', { name: member.name })}</label>
          <select
            id={roleSelectId}
            name="role"
            defaultValue={member.role}
            disabled={isSelf || role.pending}
            title={isSelf ? t('ownRole') : undefined}
            aria-invalid={roleError ? true : undefined}
            aria-describedby={roleError ? `${roleSelectId}-error` : undefined}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-500"
          >
            {roles.map((r) => <option key={r} value={r}>{roleName(r)}</option>)}
          </select>
          {!isSelf && (
            <Button type="submit" size="sm" variant="secondary" className="whitespace-nowrap" disabled={role.pending}>
              {role.pending ? t('savingRole') : t('saveRole')}
            </Button>
          )}
        </form>
        {roleError && <p id={`${roleSelectId}-error`} role="alert" className="mt-1 text-sm text-red-700">{roleError}</p>}
      </td>
      <td className="px-3 py-2">
        {member.active ? <Badge tone="green">{t('list.active')}</Badge> : <Badge>{t('list.inactive')}</Badge>}
        {member.deactivatedSince && <div className="mt-0.5 text-xs text-slate-500">{t('list.deactivatedOn', { date: member.deactivatedSince })}</div>}
      </td>
      <td className="whitespace-nowrap px-3 py-2 text-sm text-slate-600">{member.added}</td>
      <td className="px-3 py-2">
        {!isSelf && (member.active ? (
          <ConfirmButton
            label={t('deactivate')}
            question={t('deactivateConfirm', { name: member.name })}
            confirmLabel={t('deactivateYes')}
            onConfirm={toggle}
            pending={status.pending}
          />
        ) : (
          <ConfirmButton
            label={t('reactivate')}
            question={t('reactivateConfirm', { name: member.name })}
            confirmLabel={t('reactivateYes')}
            onConfirm={toggle}
            pending={status.pending}
            variant="secondary"
          />
        ))}
        {statusError && <p role="alert" className="mt-1 text-sm text-red-700">{statusError}</p>}
        <p role="status" className="mt-1 text-sm text-emerald-700">{notice}</p>
      </td>
    </tr>
  );
}
