'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { markReferralAcknowledged, markReferralSent } from '@/lib/referrals/actions';
import type { ReferralStatus } from '@/lib/referrals/status';
import { ReferralErrorText } from './error-text';

const today = () => new Date().toISOString().slice(0, 10);

/** The one next step for a referral: send it (to whom, their reference, when), or record its acknowledgement. */
export function ReferralStatusForm({ referralId, status, reversed }: { referralId: string; status: ReferralStatus; reversed: boolean }) {
  if (status === 'prepared' && !reversed) return <SendForm referralId={referralId} />;
  if (status === 'sent') return <AcknowledgeForm referralId={referralId} />;
  return null;
}

function SendForm({ referralId }: { referralId: string }) {
  const t = useTranslations('referrals');
  const { run, pending, error } = useAction(markReferralSent);
  const [authority, setAuthority] = useState('');
  const [reference, setReference] = useState('');
  const [sentOn, setSentOn] = useState(today);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run({ referralId, authority, reference, sentOn });
  };
  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="referral-send-title">
      <h2 id="referral-send-title" className="text-sm font-semibold text-slate-900">{t('send.title')}</h2>
      <Field id="referral-authority" label={t('send.authority')} hint={t('send.authorityHint')} error={error?.fields?.authority ? t('errors.authority') : undefined}>
        <Input id="referral-authority" value={authority} onChange={(e) => setAuthority(e.target.value)} required maxLength={200} invalid={!!error?.fields?.authority} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="referral-reference" label={t('send.reference')}>
          <Input id="referral-reference" value={reference} onChange={(e) => setReference(e.target.value)} maxLength={200} />
        </Field>
        <Field id="referral-sent-on" label={t('send.sentOn')} error={error?.fields?.sentOn ? t('errors.sentOn') : undefined}>
          <Input id="referral-sent-on" type="date" value={sentOn} max={today()} onChange={(e) => setSentOn(e.target.value)} required invalid={!!error?.fields?.sentOn} />
        </Field>
      </div>
      {error && !error.fields?.authority && !error.fields?.sentOn && <ReferralErrorText error={error} />}
      <Button type="submit" disabled={pending}>{t('send.submit')}</Button>
    </form>
  );
}

function AcknowledgeForm({ referralId }: { referralId: string }) {
  const t = useTranslations('referrals');
  const { run, pending, error } = useAction(markReferralAcknowledged);
  const [reference, setReference] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run({ referralId, ...(reference.trim() ? { reference } : {}) });
  };
  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="referral-ack-title">
      <h2 id="referral-ack-title" className="text-sm font-semibold text-slate-900">{t('acknowledge.title')}</h2>
      <Field id="referral-ack-reference" label={t('acknowledge.reference')}>
        <Input id="referral-ack-reference" value={reference} onChange={(e) => setReference(e.target.value)} maxLength={200} />
      </Field>
      <ReferralErrorText error={error} />
      <Button type="submit" disabled={pending}>{t('acknowledge.submit')}</Button>
    </form>
  );
}
