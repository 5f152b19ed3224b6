'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { Field, Textarea } from '@/components/ui/field';
import { muteReporter, unmuteReporter } from '@/lib/reporters/actions';
import type { ReporterMuteRow } from '@/lib/reporters/queries';

type Props = { reporterId: string; mutes: ReporterMuteRow[]; muted: boolean; mayMute: boolean };

/** Whether the reporter is muted, the rule a mute applies, its history, and for supervisors mute/unmute with a reason. */
export function MuteControls({ reporterId, mutes, muted, mayMute }: Props) {
  const t = useTranslations('reporters.mute');
  const format = useFormatter();
  const [confirm, dialog] = useConfirm();
  const mute = useAction(muteReporter);
  const unmute = useAction(unmuteReporter);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<'doneMute' | 'doneUnmute' | null>(null);
  const act = muted ? unmute : mute;
  const date = (d: Date) => format.dateTime(new Date(d), { dateStyle: 'medium', timeStyle: 'short' });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setDone(null);
    const ask = muted ? 'confirmUnmute' : 'confirmMute';
    const ok = await confirm({ title: t(`${ask}.title`), body: t(`${ask}.body`), confirmLabel: t(muted ? 'unmute' : 'mute'), tone: muted ? 'primary' : 'danger' });
    if (!ok) return;
    act.run({ reporterAccountId: reporterId, reason }, () => { setReason(''); setDone(muted ? 'doneUnmute' : 'doneMute'); });
  };
  const error = act.error;
  return (
    <section aria-labelledby="mute-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="reporter-mute">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="mute-title" className="font-semibold text-slate-900">{t('title')}</h2>
        {muted ? <Badge tone="amber">{t('muted')}</Badge> : <Badge>{t('notMuted')}</Badge>}
      </div>
      <p className="text-xs text-slate-600">{t('rule')}</p>
      {mutes.length > 0 && (
        <ul className="space-y-1 text-sm">
          {mutes.map((m) => (
            <li key={m.id} className="break-words">
              <span className="block text-slate-800">{t('since', { name: m.mutedByName, date: date(m.mutedAt), reason: m.reason })}</span>
              {m.unmutedAt && <span className="block text-slate-600">{t('ended', { name: m.unmutedByName ?? '', date: date(m.unmutedAt), reason: m.unmuteReason ?? '' })}</span>}
            </li>
          ))}
        </ul>
      )}
      <div role="status">{done && <Alert tone="success">{t(done)}</Alert>}</div>
      {error && !error.fields?.reason && <Alert>{t(error.code === 'conflict' ? 'errors.conflict' : 'errors.generic')}</Alert>}
      {mayMute ? (
        <form onSubmit={submit} className="space-y-2">
          <Field id="mute-reason" label={t('reason')} error={error?.fields?.reason ? t('errors.reason') : undefined}>
            <Textarea id="mute-reason" value={reason} rows={2} maxLength={2000} invalid={!!error?.fields?.reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <Button type="submit" variant={muted ? 'primary' : 'danger'} disabled={act.pending || !reason.trim()} className="min-h-11">{t(muted ? 'unmute' : 'mute')}</Button>
        </form>
      ) : <p className="text-xs text-slate-500">{t('supervisorOnly')}</p>}
      {dialog}
    </section>
  );
}
