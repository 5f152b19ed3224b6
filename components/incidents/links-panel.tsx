'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import type { incidentLinks } from '@/db/schema';
import { linkRef } from '@/lib/incidents/actions';
import { ActionErrorText } from './action-error';
import { Panel } from './panel';
import { InspectSectionsLink } from '@/components/sections/inspect-link';

type Link = typeof incidentLinks.$inferSelect;

/** Accounts and sections tied to the incident by platform id; the statements API finds them by section. */
export function LinksPanel({ incidentId, links }: { incidentId: string; links: Link[] }) {
  const t = useTranslations('incidents');
  const link = useAction(linkRef);
  const [kind, setKind] = useState<Link['kind']>('section');
  const [ref, setRef] = useState('');
  return (
    <Panel title={t('refs.title')} actions={<InspectSectionsLink incidentId={incidentId} />}>
      {links.length === 0 && <p className="text-sm text-slate-600">{t('refs.empty')}</p>}
      <ul className="flex flex-wrap gap-2">
        {links.map((l) => (
          <li key={`${l.kind}:${l.ref}`} className="inline-flex items-center gap-1 text-sm">
            <Badge>{t(`linkKind.${l.kind}`)}</Badge><code>{l.ref}</code>
          </li>
        ))}
      </ul>
      <form className="mt-3 flex flex-wrap gap-2" onSubmit={(e) => { e.preventDefault(); link.run({ incidentId, kind, ref }, () => setRef('')); }}>
        <div className="w-32">
          <Select aria-label={t('refs.kind')} value={kind} onChange={(e) => setKind(e.target.value as Link['kind'])}>
            <option value="section">{t('linkKind.section')}</option>
            <option value="account">{t('linkKind.account')}</option>
          </Select>
        </div>
        <div className="min-w-40 flex-1"><Input aria-label={t('refs.ref')} placeholder={t('refs.ref')} required value={ref} onChange={(e) => setRef(e.target.value)} /></div>
        <Button type="submit" size="sm" disabled={link.pending}>{t('refs.link')}</Button>
      </form>
      <ActionErrorText error={link.error} />
    </Panel>
  );
}
