'use client';

import { useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { relatedCases } from '@/lib/reports/bulk-actions';
import type { RelatedBy } from '@/lib/reports/bulk';

const groups: RelatedBy[] = ['account', 'incident', 'reporter'];

/**
 * From one row, tick every undecided case against the same account, in the same incident, or from
 * the same reporter (the server finds them, across pages). A disclosure, so it works by keyboard
 * and on a phone without a custom menu.
 */
export function RelatedMenu({ caseId, onFound }: { caseId: string; onFound: (ids: string[], by: RelatedBy, label: string | null, more: boolean) => void }) {
  const t = useTranslations('bulk.related');
  const ref = useRef<HTMLDetailsElement>(null);
  const [pending, start] = useTransition();
  const [empty, setEmpty] = useState<RelatedBy | null>(null);
  const pick = (by: RelatedBy) => start(async () => {
    const result = await relatedCases({ caseId, by }).catch(() => null);
    if (!result?.ok || result.data.caseIds.length === 0) return setEmpty(by);
    setEmpty(null);
    if (ref.current) ref.current.open = false;
    onFound(result.data.caseIds, by, result.data.label, result.data.more);
  });
  return (
    <details ref={ref} className="text-xs" onToggle={() => setEmpty(null)}>
      <summary className="cursor-pointer list-none rounded px-1.5 py-0.5 text-brand-700 hover:bg-slate-100 max-md:py-2">
        {/* The visible words start the accessible name (speech users say what they see); the id tells rows apart. */}
        {t('summary')}<span className="sr-only"> {t('forCase', { id: caseId.slice(0, 8) })}</span>
      </summary>
      <div className="mt-1 w-56 max-w-full space-y-0.5 rounded-md border border-slate-200 bg-white p-1 shadow-sm">
        {groups.map((by) => (
          <button key={by} type="button" disabled={pending} onClick={() => pick(by)}
            className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:bg-slate-100 disabled:opacity-50">
            {t(by)}
          </button>
        ))}
        {empty && <p role="status" className="px-2 py-1 text-slate-500">{t('none')}</p>}
      </div>
    </details>
  );
}
