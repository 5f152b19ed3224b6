'use client';

import { useState } from 'react';
import { useFormatter, useTimeZone, useTranslations } from 'next-intl';
import { ZoneNote } from '@/components/organisation/zone-note';
import { utcToZonedLocal } from '@/lib/time/zone';
import { useAction } from '@/components/ui/use-action';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import type { IncidentStatement } from '@/db/schema';
import { publishStatement, withdrawStatement } from '@/lib/incidents/statement-actions';
import { ActionButton } from './action-button';
import { ActionErrorText } from './action-error';
import { Panel } from './panel';

type Statement = IncidentStatement & { publishedByName: string };

export function StatementsPanel({ incidentId, statements, canPublish }: { incidentId: string; statements: Statement[]; canPublish: boolean }) {
  const t = useTranslations('incidents.statements');
  const format = useFormatter();
  const publish = useAction(publishStatement);
  // Typed and shown in the organisation's zone; the server reads the typed value in the same zone.
  const zone = useTimeZone() ?? 'UTC';
  const nowLocal = () => utcToZonedLocal(Date.now(), zone);
  const [form, setForm] = useState({ source: '', text: '', link: '', statedAt: nowLocal() });
  return (
    <Panel title={t('title')}>
      <p className="mb-2 text-xs text-slate-600">{t('hint')}</p>
      {statements.length === 0 && <p className="text-sm text-slate-600">{t('empty')}</p>}
      <ul className="divide-y divide-slate-100">
        {statements.map((s) => (
          <li key={s.id} className="py-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{s.source}</span>
              <span className="text-xs text-slate-500">{format.dateTime(s.statedAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
              {s.withdrawnAt ? <Badge>{t('withdrawn')}</Badge> : <Badge tone="green">{t('current')}</Badge>}
              {canPublish && !s.withdrawnAt && <span className="ml-auto"><ActionButton action={withdrawStatement} input={{ statementId: s.id }} label={t('withdraw')} variant="ghost" /></span>}
            </div>
            <p className="mt-1 whitespace-pre-wrap break-words">{s.text}</p>
            {s.link && <a className="text-xs text-brand-700 hover:underline" href={s.link} rel="noopener noreferrer nofollow" target="_blank">{s.link}</a>}
            <p className="text-xs text-slate-500">{t('publishedBy', { name: s.publishedByName })}</p>
          </li>
        ))}
      </ul>
      {canPublish && (
        <form className="mt-3 space-y-2" onSubmit={(e) => {
          e.preventDefault();
          publish.run({ incidentId, ...form }, () => setForm({ source: '', text: '', link: '', statedAt: nowLocal() }));
        }}>
          <div className="grid gap-2 sm:grid-cols-2">
            <Field id="statement-source" label={t('source')}><Input id="statement-source" required value={form.source} onChange={(e) => setForm({ ...form, source: e.target.value })} /></Field>
            <Field id="statement-time" label={<>{t('statedAt')} <ZoneNote /></>}><Input id="statement-time" type="datetime-local" required value={form.statedAt} onChange={(e) => setForm({ ...form, statedAt: e.target.value })} /></Field>
          </div>
          <Field id="statement-text" label={t('text')}><Textarea id="statement-text" rows={3} required value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} /></Field>
          <Field id="statement-link" label={t('link')}><Input id="statement-link" type="url" value={form.link} onChange={(e) => setForm({ ...form, link: e.target.value })} /></Field>
          <ActionErrorText error={publish.error} />
          <Button type="submit" size="sm" disabled={publish.pending}>{t('publish')}</Button>
        </form>
      )}
    </Panel>
  );
}
