'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { DmRuleVersion } from '@/db/schema/dm-rules';
import { saveDmRules } from '@/lib/dm-rules/actions';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Panel } from '@/components/incidents/panel';

const fields = ['senderLimit', 'senderWindowMinutes', 'recipientLimit', 'recipientWindowMinutes', 'newAccountDays', 'newSenderLimit', 'minorRecipientLimit'] as const;
type Limits = Record<(typeof fields)[number], string>;

/** The admin's form for the private-message limits (notice II.2); saving makes a new version. */
export function DmRulesForm({ current }: { current: DmRuleVersion }) {
  const t = useTranslations('protection.dmRules');
  const save = useAction(saveDmRules);
  const [values, setValues] = useState<Limits>(() => Object.fromEntries(fields.map((f) => [f, String(current[f])])) as Limits);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const error = (f: string) => {
    const code = save.error?.fields?.[f]?.[0];
    return code ? (t.has(`errors.${code}`) ? t(`errors.${code}`) : code) : undefined;
  };
  const unshown = save.error && !Object.keys(save.error.fields ?? {}).some((f) => (fields as readonly string[]).includes(f));
  return (
    <Panel title={t('formTitle', { version: current.version })}>
      <form className="space-y-3" aria-label={t('formTitle', { version: current.version })} onSubmit={(e) => {
        e.preventDefault();
        setSaved(null);
        save.run({ ...Object.fromEntries(fields.map((f) => [f, Number(values[f])])), note } as never, (d) => { setSaved(d.version); setNote(''); });
      }}>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {fields.map((f) => (
            <Field key={f} id={`dm-${f}`} label={t(`field.${f}`)} hint={t(`hint.${f}`)} error={error(f)}>
              <Input id={`dm-${f}`} type="number" inputMode="numeric" min={f === 'newAccountDays' ? 0 : 1} required value={values[f]} invalid={!!error(f)}
                onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))} />
            </Field>
          ))}
        </div>
        <Field id="dm-note" label={t('field.note')}>
          <Input id="dm-note" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <Button type="submit" disabled={save.pending}>{t('save')}</Button>
        {unshown && <Alert>{save.error?.code === 'forbidden' ? t('errors.forbidden') : save.error?.message}</Alert>}
        {saved !== null && <Alert tone="success">{t('saved', { version: saved })}</Alert>}
      </form>
    </Panel>
  );
}
