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
  return <Alert>{known.length ? known.map((code) => t(code as 'needsApproval')).join(' ') : generic(`code.${error.code}`)}</Alert>;
}
