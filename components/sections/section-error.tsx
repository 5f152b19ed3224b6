'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import type { ActionError } from '@/lib/actions/result';

/** A refusal in the reader's language: the section's own codes first, the general code otherwise. */
export function SectionError({ error }: { error: ActionError | null }) {
  const t = useTranslations('sections.errors');
  const general = useTranslations('admin.errors');
  if (!error) return null;
  const known = Object.values(error.fields ?? {}).flat().filter((code) => t.has(code));
  return <Alert>{known.length ? [...new Set(known)].map((code) => t(code)).join(' ') : general(`code.${error.code}`)}</Alert>;
}
