'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import type { ActionError } from '@/lib/actions/result';

/** An action's refusal in the reader's language; personal-data findings are listed so they can be removed. */
export function ActionErrorText({ error }: { error: ActionError | null }) {
  const t = useTranslations('admin.errors');
  const d = useTranslations('disclosures');
  const e = useTranslations('incidents.errors');
  if (!error) return null;
  const findings = error.fields?.personalData;
  if (findings?.length) {
    return (
      <Alert>
        <p>{d('refused')}</p>
        <ul className="mt-1 list-disc pl-5">
          {findings.map((f) => {
            const [kind, ...rest] = f.split(': ');
            return <li key={f}>{d.has(`finding.${kind}`) ? d(`finding.${kind}`) : kind}: <code>{rest.join(': ')}</code></li>;
          })}
        </ul>
      </Alert>
    );
  }
  const known = Object.values(error.fields ?? {}).flat().filter((code) => e.has(code));
  return <Alert>{known.length ? known.map((code) => e(code)).join(' ') : t(`code.${error.code}`)}</Alert>;
}
