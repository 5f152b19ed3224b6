'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { CaseRole, SanctionType } from '@/db/schema';
import { useAction } from '@/components/ui/use-action';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';
import { removeLadderStep, saveLadderStep } from '@/lib/sanctions/actions';
import type { LadderStep } from '@/lib/sanctions/ladder';
import { caseRoles, sanctionTypes, timedTypes } from '@/lib/sanctions/rules';
import { SanctionError } from './action-error';
import { useDurationText } from './suggestion-reasons';

const presets = [24, 72, 168, 720, 2160, 8760];

/** The ladder as a table per role, with a form that adds a step or replaces the one at the same threshold. */
export function LadderEditor({ steps }: { steps: (LadderStep & { id: string })[] }) {
  const t = useTranslations('sanctions');
  const duration = useDurationText();
  const save = useAction(saveLadderStep);
  const remove = useAction(removeLadderStep);
  const [form, setForm] = useState<{ role: CaseRole; minStrikes: number; type: SanctionType; durationHours: number | null }>({ role: 'participant', minStrikes: 0, type: 'warning', durationHours: null });
  const timed = timedTypes.includes(form.type);
  return (
    <div className="space-y-4">
      {steps.length === 0 ? <EmptyState>{t('ladder.empty')}</EmptyState> : (
        <Table caption={t('ladder.title')}>
          <THead>
            <Th>{t('ladder.role')}</Th><Th>{t('ladder.minStrikes')}</Th><Th>{t('ladder.type')}</Th><Th>{t('ladder.duration')}</Th><Th />
          </THead>
          <TBody>
            {steps.map((s) => (
              <tr key={s.id} data-testid="ladder-step">
                <Td>{t(`roles.${s.role}`)}</Td>
                <Td>≥ {s.minStrikes}</Td>
                <Td>{t(`types.${s.type}`)}</Td>
                <Td>{timedTypes.includes(s.type) ? duration(s.durationHours) : '—'}</Td>
                <Td><Button size="sm" variant="ghost" disabled={remove.pending} onClick={() => remove.run({ stepId: s.id })}>{t('ladder.remove')}</Button></Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      <SanctionError error={remove.error} />
      <form className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" onSubmit={(e) => {
        e.preventDefault();
        save.run({ ...form, durationHours: timed ? form.durationHours : null });
      }}>
        <Field id="ladder-role" label={t('ladder.role')}>
          <Select id="ladder-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as CaseRole })}>
            {caseRoles.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
          </Select>
        </Field>
        <Field id="ladder-min" label={t('ladder.minStrikes')}>
          <Input id="ladder-min" type="number" min={0} max={50} required value={form.minStrikes} onChange={(e) => setForm({ ...form, minStrikes: Number(e.target.value) })} />
        </Field>
        <Field id="ladder-type" label={t('ladder.type')}>
          <Select id="ladder-type" value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as SanctionType })}>
            {sanctionTypes.map((x) => <option key={x} value={x}>{t(`types.${x}`)}</option>)}
          </Select>
        </Field>
        {timed && (
          <Field id="ladder-duration" label={t('ladder.duration')}>
            <Select id="ladder-duration" value={form.durationHours ?? ''} onChange={(e) => setForm({ ...form, durationHours: e.target.value ? Number(e.target.value) : null })}>
              {presets.map((h) => <option key={h} value={h}>{duration(h)}</option>)}
              <option value="">{duration(null)}</option>
            </Select>
          </Field>
        )}
        <Button type="submit" disabled={save.pending}>{t('ladder.save')}</Button>
        <p className="w-full text-xs text-slate-600">{t('ladder.editHint')}</p>
        <div className="w-full"><SanctionError error={save.error} /></div>
      </form>
    </div>
  );
}
