'use client';

import { useState, type ReactNode } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { ActionErrorText } from '@/components/incidents/action-error';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { acknowledgeAlert, dismissAlert, openIncidentFromAlert } from '@/lib/alerts/actions';
import type { AlertView } from '@/lib/alerts/queries';
import { AlertChart } from './alert-chart';

const personKind = (kind: string) => ['stranger_dm', 'mention', 'comment_on', 'report'].includes(kind);
const minuteOf = (iso: string) => Math.floor(Date.parse(iso) / 60_000);
const statusTone = { open: 'red', acknowledged: 'amber', linked: 'green', dismissed: 'neutral' } as const;

type Props = {
  alert: AlertView;
  canAct: boolean;
  onChanged: () => void;
  /**
   * One-key protection for the person the alert is about (components/protection, notice II.1),
   * rendered by the board; null where that capability is not installed or the key is no person.
   */
  protection?: ReactNode;
};

/** One surge: what, whom, how far above its baseline, its chart, what it relates to, and what to do. */
export function AlertCard({ alert: a, canAct, onChanged, protection }: Props) {
  const t = useTranslations('alerts');
  const format = useFormatter();
  const ack = useAction(acknowledgeAlert);
  const open = useAction(openIncidentFromAlert);
  const dismiss = useAction(dismissAlert);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [incidentId, setIncidentId] = useState<string | null>(a.incidentId);
  const at = (iso: string) => format.dateTime(new Date(iso), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const rate = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  const active = a.status === 'open' || a.status === 'acknowledged';
  const id = `alert-${a.id}`;
  const error = ack.error ?? open.error ?? dismiss.error;
  const section = a.related.sections[0];

  return (
    <article aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="alert-card">
      <header className="flex flex-wrap items-center gap-2">
        <h2 id={`${id}-title`} className="min-w-0 font-semibold break-words text-slate-900">
          {t(`kind.${a.kind}`)}: <span className="font-mono">{a.key}</span>
        </h2>
        {a.minor && <Badge tone="red">{t('minor')}</Badge>}
        <Badge tone="purple">{t('lift', { lift: format.number(a.lift, { maximumFractionDigits: 1 }) })}</Badge>
        <Badge tone={statusTone[a.status]}>{t(`status.${a.status}`)}</Badge>
      </header>
      <p className="mt-1 text-sm text-slate-600">
        {t('facts', { began: at(a.beganAt), detected: at(a.detectedAt), peak: rate(a.peakRate), baseline: rate(a.baseline) })}
      </p>
      {a.dismissReason && <p className="mt-1 text-sm break-words whitespace-pre-wrap text-slate-600">{a.dismissReason}</p>}

      <div className="mt-3">
        <AlertChart
          series={a.series}
          baseline={a.baseline}
          beganMinute={minuteOf(a.beganAt)}
          detectedMinute={minuteOf(a.detectedAt) - 1}
          label={t('chart.label', { key: a.key, baseline: rate(a.baseline), peak: rate(a.peakRate), detected: at(a.detectedAt) })}
          names={{ rate: t('chart.rate'), baseline: t('chart.baseline'), detected: t('chart.detected') }}
          formatMinute={(m) => format.dateTime(new Date(m * 60_000), { hour: '2-digit', minute: '2-digit' })}
        />
      </div>

      <Related alert={a} />

      {canAct && active && (
        <div className="mt-3 flex flex-wrap items-start gap-2">
          {a.status === 'open' && (
            <Button size="sm" variant="secondary" disabled={ack.pending} onClick={() => ack.run({ alertId: a.id }, onChanged)}>{t('actions.acknowledge')}</Button>
          )}
          {!incidentId && (
            <Button size="sm" disabled={open.pending} onClick={() => open.run({ alertId: a.id }, (d) => { setIncidentId(d.incidentId); onChanged(); })}>
              {t('actions.openIncident')}
            </Button>
          )}
          {section && <Link className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-brand-700 hover:bg-slate-100" href={`/sections/${section.id}`}>{t('actions.disperse')}</Link>}
          {a.related.liveRooms.map((r) => (
            <Link key={r.sectionId} className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-brand-700 hover:bg-slate-100" href={`/livestreams/${r.sectionId}`}>
              {t('actions.watch')}: <span className="break-all">{r.name}</span>
            </Link>
          ))}
          {!dismissing && <Button size="sm" variant="ghost" onClick={() => setDismissing(true)}>{t('actions.dismiss')}</Button>}
        </div>
      )}
      {canAct && active && dismissing && (
        <form className="mt-2 flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); dismiss.run({ alertId: a.id, reason }, onChanged); }}>
          <div className="min-w-0 flex-1 basis-60">
            <Field id={`${id}-reason`} label={t('actions.dismissReason')} hint={t('actions.dismissHint')} error={dismiss.error?.fields?.reason?.[0]}>
              <Input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} invalid={!!dismiss.error?.fields?.reason} autoFocus />
            </Field>
          </div>
          <Button size="sm" variant="danger" type="submit" disabled={dismiss.pending}>{t('actions.dismiss')}</Button>
        </form>
      )}
      {incidentId && (
        <p className="mt-2 text-sm" role="status">
          {a.incidentId ? null : t('actions.incidentOpened')}{' '}
          <Link className="text-brand-700 hover:underline" href={`/incidents/${incidentId}`}>{t('actions.viewIncident')}</Link>
        </p>
      )}
      {error && !dismiss.error?.fields?.reason && <div className="mt-2"><ActionErrorText error={error} /></div>}

      {personKind(a.kind) && active && (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <h3 className="mb-1 text-sm font-medium text-slate-700">{t('actions.protection')}</h3>
          {/* SLOT: one-key protection (notice II.1) from components/protection, passed in by the board. */}
          {protection ?? <p className="text-sm text-slate-500">{t('protectionSlot')}</p>}
        </div>
      )}
    </article>
  );
}

function Related({ alert: a }: { alert: AlertView }) {
  const t = useTranslations('alerts');
  const r = a.related;
  const link = 'text-brand-700 hover:underline break-all';
  const nothing = !r.account && !r.cases.length && !r.sections.length && !r.liveRooms.length;
  return (
    <section className="mt-3 text-sm" aria-label={t('related.title')}>
      <h3 className="font-medium text-slate-700">{t('related.title')}</h3>
      {nothing && <p className="text-slate-500">{t('related.none')}</p>}
      <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
        {r.account && (
          <>
            <dt className="text-slate-500">{t('related.account')}</dt>
            <dd><Link className={link} href={`/accounts/${encodeURIComponent(r.account.id)}`}>{r.account.displayName || r.account.handle || r.account.id}</Link></dd>
          </>
        )}
        {r.cases.length > 0 && (
          <>
            <dt className="text-slate-500">{t('related.cases')}</dt>
            <dd className="flex flex-wrap gap-x-3">{r.cases.map((c) => <Link key={c.id} className={link} href={`/cases/${c.id}`}>{t('related.case', { channel: c.channel, status: c.status })}</Link>)}</dd>
          </>
        )}
        {r.sections.length > 0 && (
          <>
            <dt className="text-slate-500">{t('related.sections')}</dt>
            <dd className="flex flex-wrap gap-x-3">{r.sections.map((s) => <Link key={s.id} className={link} href={`/sections/${s.id}`}>{s.name}</Link>)}</dd>
          </>
        )}
        {r.liveRooms.length > 0 && (
          <>
            <dt className="text-slate-500">{t('related.rooms')}</dt>
            <dd className="flex flex-wrap gap-x-3">{r.liveRooms.map((s) => <Link key={s.sectionId} className={link} href={`/livestreams/${s.sectionId}`}>{s.name}</Link>)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
