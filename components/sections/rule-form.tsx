'use client';

import { useEffect, useState } from 'react';
import { useTimeZone, useTranslations } from 'next-intl';
import { ZoneNote } from '@/components/organisation/zone-note';
import { utcToZonedLocal } from '@/lib/time/zone';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { sectionKind } from '@/db/schema/sections';
import { createNameRule } from '@/lib/sections/actions';
import { SectionError } from './section-error';

type Kind = (typeof sectionKind.enumValues)[number];

export function RuleForm({ incidents }: { incidents: { id: string; title: string }[] }) {
  const t = useTranslations('sections');
  const create = useAction(createNameRule);
  const [pattern, setPattern] = useState('');
  const [match, setMatch] = useState<'substring' | 'glob'>('substring');
  const [kinds, setKinds] = useState<Kind[]>([]);
  // A week from now in the organisation's zone, the zone the server reads the typed value in; set after
  // mounting so that the server render and the browser agree on "now".
  const zone = useTimeZone() ?? 'UTC';
  const [until, setUntil] = useState('');
  useEffect(() => setUntil(utcToZonedLocal(Date.now() + 7 * 86_400_000, zone)), [zone]);
  const [reason, setReason] = useState('');
  const [incidentId, setIncidentId] = useState('');
  const [markExisting, setMarkExisting] = useState(true);
  const [marked, setMarked] = useState<number | null>(null);
  const patternError = create.error?.fields?.pattern?.[0];
  const untilError = create.error?.fields?.until?.[0];
  return (
    <form className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" onSubmit={(e) => {
      e.preventDefault();
      setMarked(null);
      create.run({ pattern, match, kinds, until, reason, incidentId: incidentId || null, markExisting }, (d) => {
        setMarked(d.marked);
        setPattern('');
        setReason('');
      });
    }}>
      <div className="grid gap-3 md:grid-cols-[1fr_10rem_14rem]">
        <Field id="rule-pattern" label={t('rules.pattern')} hint={t('rules.patternHint')} error={patternError && t.has(`errors.${patternError}`) ? t(`errors.${patternError}`) : undefined}>
          <Input id="rule-pattern" required maxLength={100} value={pattern} invalid={!!patternError} onChange={(e) => setPattern(e.target.value)} />
        </Field>
        <Field id="rule-match" label={t('rules.match')}>
          <Select id="rule-match" value={match} onChange={(e) => setMatch(e.target.value as typeof match)}>
            <option value="substring">{t('rules.match_substring')}</option>
            <option value="glob">{t('rules.match_glob')}</option>
          </Select>
        </Field>
        <Field id="rule-until" label={<>{t('rules.until')} <ZoneNote /></>} error={untilError && t.has(`errors.${untilError}`) ? t(`errors.${untilError}`) : undefined}>
          <Input id="rule-until" type="datetime-local" required value={until} invalid={!!untilError} onChange={(e) => setUntil(e.target.value)} />
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t('rules.kinds')}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {sectionKind.enumValues.map((k) => (
            <label key={k} className="inline-flex items-center gap-1 text-sm">
              <input type="checkbox" className="size-4" checked={kinds.includes(k)}
                onChange={(e) => setKinds((ks) => (e.target.checked ? [...ks, k] : ks.filter((x) => x !== k)))} />
              {t(`kind.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="rule-reason" label={t('rules.reason')}>
          <Input id="rule-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <Field id="rule-incident" label={t('rules.incident')}>
          <Select id="rule-incident" value={incidentId} onChange={(e) => setIncidentId(e.target.value)}>
            <option value="">—</option>
            {incidents.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
          </Select>
        </Field>
      </div>
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" checked={markExisting} onChange={(e) => setMarkExisting(e.target.checked)} />
        {t('rules.markExisting')}
      </label>
      <div><Button type="submit" disabled={create.pending}>{t('rules.create')}</Button></div>
      {!patternError && !untilError && <SectionError error={create.error} />}
      {marked !== null && <Alert tone="success">{t('rules.created', { n: marked })}</Alert>}
    </form>
  );
}
