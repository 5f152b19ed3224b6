'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import type { IncidentTerm } from '@/db/schema';
import { addTerm, removeTerm } from '@/lib/incidents/actions';
import { guessLanguage } from '@/lib/incidents/input';
import { ActionErrorText } from './action-error';
import { Panel } from './panel';

export function TermsPanel({ incidentId, terms, canManage }: { incidentId: string; terms: IncidentTerm[]; canManage: boolean }) {
  const t = useTranslations('incidents');
  const add = useAction(addTerm);
  const remove = useAction(removeTerm);
  const [term, setTerm] = useState('');
  return (
    <Panel title={t('terms.title')}>
      {terms.length === 0 && <p className="text-sm text-slate-600">{t('terms.empty')}</p>}
      <ul className="flex flex-wrap gap-2">
        {terms.map((k) => (
          <li key={k.id} className="inline-flex items-center gap-1 rounded bg-slate-100 px-2 py-0.5 text-sm">
            <span lang={k.language === 'zh' ? 'zh-CN' : 'en'}>{k.term}</span>
            <span className="text-xs text-slate-500">{k.language}</span>
            {canManage && (
              <button type="button" className="ml-1 text-slate-500 hover:text-red-700" aria-label={t('terms.remove', { term: k.term })}
                disabled={remove.pending} onClick={() => remove.run({ incidentId, termId: k.id })}>×</button>
            )}
          </li>
        ))}
      </ul>
      {canManage && (
        <form className="mt-3 flex gap-2" onSubmit={(e) => { e.preventDefault(); add.run({ incidentId, term, language: guessLanguage(term) }, () => setTerm('')); }}>
          <Input aria-label={t('terms.new')} placeholder={t('terms.new')} required value={term} onChange={(e) => setTerm(e.target.value)} />
          <Button type="submit" size="sm" disabled={add.pending}>{t('terms.add')}</Button>
        </form>
      )}
      <ActionErrorText error={add.error ?? remove.error} />
    </Panel>
  );
}
