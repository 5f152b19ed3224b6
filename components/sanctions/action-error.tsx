'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import type { ActionError } from '@/lib/actions/result';

/** A refusal in the reader's language: the sanction's own codes first, then the generic code sentence. */
export function SanctionError({ error }: { error: ActionError | null }) {
  const t = useTranslations('sanctions.errors');
  const generic = useTranslations('admin.errors');
  if (!error) return null;
  const known = Object.values(error.fields ?? {}).flat().filter((code) => t.has(code));
  if (known.length) return <Alert>{known.map((code) => t(code as 'needsApproval')).join(' ')}</Alert>;
  // Refusals from other capabilities' effects (a registration ban, a referral) carry their reason in
  // the message only: show it under the generic sentence rather than lose it.
  const detail = error.code === 'conflict' || error.code === 'forbidden' ? error.message : null;
  return <Alert>{generic(`code.${error.code}`)}{detail && <span className="mt-1 block text-xs">{detail}</span>}</Alert>;
}
