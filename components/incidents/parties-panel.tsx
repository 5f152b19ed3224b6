'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import type { IncidentParty, PartyRole } from '@/db/schema';
import { addParty, removeParty } from '@/lib/incidents/actions';
import { ActionButton } from './action-button';
import { ActionErrorText } from './action-error';
import { Panel } from './panel';

const roles: PartyRole[] = ['targeted_person', 'originator', 'inciter', 'related_institution'];
const empty = { accountId: '', displayName: '', handle: '', role: 'targeted_person' as PartyRole, isMinor: false };

export function PartiesPanel({ incidentId, parties, canManage }: { incidentId: string; parties: IncidentParty[]; canManage: boolean }) {
  const t = useTranslations('incidents');
  const add = useAction(addParty);
  const [form, setForm] = useState(empty);
  return (
    <Panel title={t('parties.title')}>
      {parties.length === 0 && <p className="text-sm text-slate-600">{t('parties.empty')}</p>}
      <ul className="divide-y divide-slate-100">
        {parties.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
            <span className="font-medium">{p.displayName || p.accountId}</span>
            {p.handle && <span className="text-slate-600">{p.handle}</span>}
            <code className="text-xs text-slate-500">{p.accountId}</code>
            <Badge tone={p.role === 'targeted_person' ? 'blue' : p.role === 'related_institution' ? 'neutral' : 'red'}>{t(`role.${p.role}`)}</Badge>
            {p.isMinor && <Badge tone="purple">{t('parties.minor')}</Badge>}
            {canManage && <span className="ml-auto"><ActionButton action={removeParty} input={{ incidentId, partyId: p.id }} label={t('parties.remove')} variant="ghost" /></span>}
          </li>
        ))}
      </ul>
      {canManage && (
        <form className="mt-3 grid gap-2 sm:grid-cols-2" onSubmit={(e) => { e.preventDefault(); add.run({ incidentId, ...form }, () => setForm(empty)); }}>
          <Input aria-label={t('parties.accountId')} placeholder={t('parties.accountId')} required value={form.accountId} onChange={(e) => setForm({ ...form, accountId: e.target.value })} />
          <Input aria-label={t('parties.displayName')} placeholder={t('parties.displayName')} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
          <Input aria-label={t('parties.handle')} placeholder={t('parties.handle')} value={form.handle} onChange={(e) => setForm({ ...form, handle: e.target.value })} />
          <Select aria-label={t('parties.role')} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as PartyRole })}>
            {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </Select>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={form.isMinor} onChange={(e) => setForm({ ...form, isMinor: e.target.checked })} /> {t('parties.isMinor')}
          </label>
          <div><Button type="submit" size="sm" disabled={add.pending}>{t('parties.add')}</Button></div>
          <div className="sm:col-span-2"><ActionErrorText error={add.error} /></div>
        </form>
      )}
    </Panel>
  );
}
