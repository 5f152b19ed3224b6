'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { linkCase, unlinkCase } from '@/lib/incidents/actions';
import type { LinkedCase, MentioningCase } from '@/lib/incidents/queries';
import { ActionButton } from './action-button';
import { ActionErrorText } from './action-error';
import { Panel } from './panel';

// Reported content is shown as text only (React escapes it), cut to one line.
const Excerpt = ({ text }: { text: string }) => <span className="line-clamp-2 break-words text-slate-800">{text}</span>;

function CaseState({ status, decision }: { status: string; decision?: string | null }) {
  const t = useTranslations('incidents.cases');
  const tone = status === 'decided' ? 'green' : status === 'escalated' ? 'amber' : 'blue';
  return <Badge tone={tone}>{decision ? t(`decision.${decision}`) : t(`status.${status}`)}</Badge>;
}

export function LinkedCasesPanel({ incidentId, cases }: { incidentId: string; cases: LinkedCase[] }) {
  const t = useTranslations('incidents.cases');
  const link = useAction(linkCase);
  const [caseId, setCaseId] = useState('');
  return (
    <Panel title={t('linkedTitle', { count: cases.length })}>
      {cases.length === 0 && <p className="text-sm text-slate-600">{t('linkedEmpty')}</p>}
      <ul className="divide-y divide-slate-100" data-testid="linked-cases">
        {cases.map((c) => (
          <li key={c.id} className="flex items-start gap-3 py-2 text-sm">
            <div className="min-w-0 flex-1">
              <Link href={`/cases/${c.id}`} className="text-brand-700 hover:underline"><Excerpt text={c.text} /></Link>
              <div className="mt-1 flex flex-wrap gap-1 text-xs text-slate-500">
                <CaseState status={c.status} decision={c.decision} />
                {c.involvesMinor && <Badge tone="purple">{t('minor')}</Badge>}
                <span>{t('reports', { count: c.reportCount })}</span>
              </div>
            </div>
            <ActionButton action={unlinkCase} input={{ incidentId, caseId: c.id }} label={t('unlink')} variant="ghost" />
          </li>
        ))}
      </ul>
      <form className="mt-3 flex gap-2" onSubmit={(e) => { e.preventDefault(); link.run({ incidentId, caseId: caseId.trim() }, () => setCaseId('')); }}>
        <Input aria-label={t('caseId')} placeholder={t('caseId')} required value={caseId} onChange={(e) => setCaseId(e.target.value)} />
        <Button type="submit" size="sm" disabled={link.pending}>{t('link')}</Button>
      </form>
      <ActionErrorText error={link.error} />
    </Panel>
  );
}

export function MentioningPanel({ incidentId, cases }: { incidentId: string; cases: MentioningCase[] }) {
  const t = useTranslations('incidents.cases');
  return (
    <Panel title={t('mentioningTitle')}>
      <p className="mb-2 text-xs text-slate-600">{t('mentioningHint')}</p>
      {cases.length === 0 && <p className="text-sm text-slate-600">{t('mentioningEmpty')}</p>}
      <ul className="divide-y divide-slate-100" data-testid="mentioning-cases">
        {cases.map((c) => (
          <li key={c.caseId} className="flex items-start gap-3 py-2 text-sm">
            <div className="min-w-0 flex-1">
              <Link href={`/cases/${c.caseId}`} className="hover:underline"><Excerpt text={c.text} /></Link>
              <div className="mt-1 flex flex-wrap gap-1 text-xs">
                <CaseState status={c.status} />
                {c.terms.map((term) => <Badge key={term} tone="amber">{term}</Badge>)}
              </div>
            </div>
            <ActionButton action={linkCase} input={{ incidentId, caseId: c.caseId }} label={t('link')} variant="primary" />
          </li>
        ))}
      </ul>
    </Panel>
  );
}
