'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { draftDisclosure } from '@/lib/disclosures/actions';
import type { IncidentWorkspace } from '@/lib/incidents/queries';
import { ActionErrorText } from './action-error';
import { Panel } from './panel';

type Prefill = { titleEn: string; bodyEn: string; titleZh: string; bodyZh: string };

export function DisclosuresPanel({ incidentId, disclosures, prefill, canDraft }: {
  incidentId: string; disclosures: IncidentWorkspace['disclosures']; prefill: Prefill; canDraft: boolean;
}) {
  const t = useTranslations('disclosures');
  const router = useRouter();
  const draft = useAction(draftDisclosure);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(prefill);
  const field = (k: keyof Prefill, rows?: number) => {
    const id = `disclosure-${k}`;
    const props = { id, required: true, value: form[k], onChange: (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value }) };
    return <Field id={id} label={t(`fields.${k}`)}>{rows ? <Textarea rows={rows} {...props} /> : <Input {...props} />}</Field>;
  };
  return (
    <Panel title={t('title')} actions={canDraft && !open ? <Button size="sm" onClick={() => setOpen(true)}>{t('draft')}</Button> : undefined}>
      {disclosures.length === 0 && !open && <p className="text-sm text-slate-600">{t('empty')}</p>}
      <ul className="divide-y divide-slate-100">
        {disclosures.map((d) => (
          <li key={d.id} className="flex items-center gap-2 py-2 text-sm">
            <Link href={`/disclosures/${d.id}`} className="text-brand-700 hover:underline">{d.titleEn}</Link>
            <span className="text-xs text-slate-500">v{d.version}</span>
            <Badge tone={d.status === 'published' ? 'green' : d.status === 'sent_back' ? 'amber' : 'blue'}>{t(`status.${d.status}`)}</Badge>
          </li>
        ))}
      </ul>
      {open && (
        <form className="mt-3 space-y-2" onSubmit={(e) => { e.preventDefault(); draft.run({ incidentId, ...form }, (data) => router.push(`/disclosures/${data.id}`)); }}>
          <p className="text-xs text-slate-600">{t('prefillHint')}</p>
          {field('titleEn')}
          {field('bodyEn', 6)}
          {field('titleZh')}
          {field('bodyZh', 6)}
          <ActionErrorText error={draft.error} />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={draft.pending}>{t('saveDraft')}</Button>
            <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>{t('cancel')}</Button>
          </div>
        </form>
      )}
    </Panel>
  );
}
