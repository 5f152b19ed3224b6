'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import type { ActionError } from '@/lib/actions/result';

/**
 * A refusal in the reader's language: the codes this capability sends in `fields`, else the general
 * sentence for the error code. A decision refused as forbidden by someone allowed to decide means four eyes.
 */
export function AgencyErrorText({ error, decision = false }: { error: ActionError | null; decision?: boolean }) {
  const t = useTranslations('agencies.errors');
  const general = useTranslations('admin.errors');
  if (!error) return null;
  const known = Object.values(error.fields ?? {}).flat().filter((code) => t.has(code));
  if (known.length) return <Alert>{known.map((code) => t(code)).join(' ')}</Alert>;
  if (decision && error.code === 'forbidden') return <Alert>{t('ownProposal')}</Alert>;
  return <Alert>{general(`code.${error.code}`)}</Alert>;
}
