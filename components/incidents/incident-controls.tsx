'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/field';
import type { Incident } from '@/db/schema';
import { closeIncident, updateIncident } from '@/lib/incidents/actions';
import { ActionErrorText } from './action-error';

/** Status and risk for supervisors; closing asks once. A closed incident reopens by saving a status. */
export function IncidentControls({ incident }: { incident: Pick<Incident, 'id' | 'title' | 'summary' | 'status' | 'risk'> }) {
  const t = useTranslations('incidents');
  const update = useAction(updateIncident);
  const close = useAction(closeIncident);
  const [status, setStatus] = useState(incident.status === 'closed' ? 'active' : incident.status);
  const [risk, setRisk] = useState(incident.risk);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="w-32">
        <Select aria-label={t('fields.status')} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          {(['watching', 'active', 'contained'] as const).map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </Select>
      </div>
      <div className="w-28">
        <Select aria-label={t('fields.risk')} value={risk} onChange={(e) => setRisk(e.target.value as typeof risk)}>
          {(['low', 'medium', 'high', 'critical'] as const).map((r) => <option key={r} value={r}>{t(`risk.${r}`)}</option>)}
        </Select>
      </div>
      <Button size="sm" disabled={update.pending}
        onClick={() => update.run({ incidentId: incident.id, title: incident.title, summary: incident.summary, status, risk })}>
        {incident.status === 'closed' ? t('controls.reopen') : t('controls.save')}
      </Button>
      {incident.status !== 'closed' && (
        <ConfirmButton label={t('controls.close')} question={t('controls.closeConfirm')} confirmLabel={t('controls.closeYes')}
          pending={close.pending} onConfirm={() => close.run({ incidentId: incident.id })} />
      )}
      <ActionErrorText error={update.error ?? close.error} />
    </div>
  );
}
