'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import type { ActionError } from '@/lib/actions/result';

/** A referral action's refusal in the reader's language: our own codes first, else the generic one. */
export function ReferralErrorText({ error }: { error: ActionError | null }) {
  const t = useTranslations('referrals.errors');
  const generic = useTranslations('admin.errors.code');
  if (!error) return null;
  const codes = [...(error.fields?.status ?? []), ...Object.keys(error.fields ?? {})].filter((c) => t.has(c));
  return <Alert>{codes.length ? [...new Set(codes)].map((c) => t(c)).join(' ') : generic(error.code)}</Alert>;
}
