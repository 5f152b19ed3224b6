'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { protectionChannels, type ProtectionChannel } from '@/db/schema/protection';
import type { ProtectionView } from '@/lib/protection/queries';
import { endAccountProtection, promptAccountProtection, setAccountProtection } from '@/lib/protection/actions';
import type { ActionError } from '@/lib/actions/result';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';

const durations = [24, 72, 168, 720];

type Props = {
  accountId: string;
  /** From loadProtection (lib/protection/queries.ts), loaded by the page. */
  protection: ProtectionView;
  /** Whether the viewer holds protection.set; without it the state is shown read-only. */
  canSet: boolean;
  /** Shorter wording for use inside another card (an alert). */
  compact?: boolean;
};

/**
 * One-key protection for one account (notice II.1): what is closed now, and for staff the controls to
 * switch it on for a person under attack, to prompt the person to do it, or to end it, each with a reason.
 */
export function ProtectionControls({ accountId, protection, canSet, compact }: Props) {
  const t = useTranslations('protection');
  const format = useFormatter();
  const set = useAction(setAccountProtection);
  const prompt = useAction(promptAccountProtection);
  const end = useAction(endAccountProtection);
  const [channels, setChannels] = useState<ProtectionChannel[]>([...protectionChannels]);
  const [hours, setHours] = useState(72);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<'set' | 'prompted' | 'ended' | null>(null);
  const current = protection.current;
  const error = set.error ?? prompt.error ?? end.error;
  const pending = set.pending || prompt.pending || end.pending;
  const fieldError = (name: string) => {
    const code = error?.fields?.[name]?.[0];
    return code ? (t.has(`errors.${code}`) ? t(`errors.${code}`) : code) : undefined;
  };
  const id = (s: string) => `protection-${s}-${accountId.replace(/[^\w-]/g, '_')}`;
  const clear = () => { set.clearError(); prompt.clearError(); end.clearError(); setDone(null); };
  const after = (what: typeof done) => () => { setReason(''); setDone(what); };
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="space-y-3" data-testid="protection-controls">
      <div className="flex flex-wrap items-center gap-2 text-sm" role="status">
        {current ? (
          <>
            <Badge tone="red">{t('on')}</Badge>
            <span>{current.channels.map((c) => t(`channel.${c}`)).join(t('listSeparator'))}</span>
            <span className="text-slate-600">
              {current.until ? t('until', { date: date(current.until) }) : t('untilSwitchedOff')}
              {' · '}
              {current.source === 'account' ? t('setByAccount') : t('setByStaff', { name: current.setByName ?? '' })}
            </span>
          </>
        ) : <Badge>{t('off')}</Badge>}
        {!compact && <span className="text-slate-600">· {t('dmPreference', { preference: t(`preference.${protection.dmPreference}`) })}</span>}
      </div>
      {protection.prompts[0] && (
        <p className="text-xs text-slate-600">{t('lastPrompt', { date: date(protection.prompts[0].promptedAt), name: protection.prompts[0].promptedByName })}</p>
      )}
      {canSet && (
        <form className="space-y-3" aria-label={t('form.title')} onSubmit={(e) => { e.preventDefault(); clear(); set.run({ accountId, channels, hours, reason }, after('set')); }}>
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">{t('form.channels')}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {protectionChannels.map((c) => (
                <label key={c} className="inline-flex items-center gap-1.5 text-sm">
                  <input type="checkbox" className="size-4" checked={channels.includes(c)}
                    onChange={(e) => setChannels((cs) => (e.target.checked ? protectionChannels.filter((x) => x === c || cs.includes(x)) : cs.filter((x) => x !== c)))} />
                  {t(`channel.${c}`)}
                </label>
              ))}
            </div>
            {fieldError('channels') && <p role="alert" className="text-sm text-red-700">{fieldError('channels')}</p>}
          </fieldset>
          <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
            <Field id={id('hours')} label={t('form.duration')} error={fieldError('hours')}>
              <Select id={id('hours')} value={hours} onChange={(e) => setHours(Number(e.target.value))}>
                {durations.map((h) => <option key={h} value={h}>{t('form.hours', { hours: h })}</option>)}
              </Select>
            </Field>
            <Field id={id('reason')} label={t('form.reason')} error={fieldError('reason')}>
              <Input id={id('reason')} value={reason} maxLength={2000} invalid={!!fieldError('reason')} onChange={(e) => setReason(e.target.value)} />
            </Field>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>{t('form.switchOn')}</Button>
            <Button variant="secondary" disabled={pending} onClick={() => { clear(); prompt.run({ accountId, channels, hours, reason }, after('prompted')); }}>{t('form.prompt')}</Button>
            {current && (
              <Button variant="danger" disabled={pending} onClick={() => { clear(); end.run({ accountId, reason }, after('ended')); }}>{t('form.end')}</Button>
            )}
          </div>
          <FormError error={error} shown={['channels', 'hours', 'reason']} />
          {done && <Alert tone="success">{t(`done.${done}`)}</Alert>}
        </form>
      )}
    </div>
  );
}

function FormError({ error, shown }: { error: ActionError | null; shown: string[] }) {
  const t = useTranslations('protection');
  if (!error) return null;
  const fields = Object.keys(error.fields ?? {});
  if (fields.length && fields.every((f) => shown.includes(f))) return null;
  return <Alert>{t.has(`errors.${error.code}`) ? t(`errors.${error.code}`) : error.message}</Alert>;
}
