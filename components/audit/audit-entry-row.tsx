'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';

export type AuditEntryView = {
  id: number;
  at: string;
  actorType: 'staff' | 'api_key' | 'system';
  actor: string;
  action: string;
  target: string | null;
  summary: string | null;
  requestId: string;
  before: string | null;
  after: string | null;
};

function Json({ title, text, empty }: { title: string; text: string | null; empty: string }) {
  return (
    <div className="min-w-0 flex-1">
      <h3 className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-600">{title}</h3>
      {/* Text, not markup: whatever the record holds is shown as characters. */}
      <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-all rounded border border-slate-200 bg-slate-50 p-2 font-mono text-xs">{text ?? empty}</pre>
    </div>
  );
}

export function AuditEntryRow({ entry }: { entry: AuditEntryView }) {
  const t = useTranslations('audit');
  const [open, setOpen] = useState(false);
  const detailsId = `audit-${entry.id}-details`;
  const hasDetails = entry.before !== null || entry.after !== null;
  return (
    <>
      <tr className="align-top" data-testid="audit-entry">
        <td className="whitespace-nowrap px-3 py-2 text-slate-700">{entry.at}</td>
        <td className="px-3 py-2">
          <span className="break-all">{entry.actor}</span>
          {entry.actorType !== 'staff' && <span className="ml-1"><Badge tone="amber">{t(`actorTypes.${entry.actorType}`)}</Badge></span>}
        </td>
        <td className="px-3 py-2 font-mono text-xs">{entry.action}</td>
        <td className="px-3 py-2 font-mono text-xs break-all">{entry.target}</td>
        <td className="px-3 py-2 text-xs text-slate-600">{entry.summary}</td>
        <td className="px-3 py-2 font-mono text-xs text-slate-500" title={entry.requestId}>{entry.requestId.slice(0, 8)}</td>
        <td className="px-3 py-2">
          {hasDetails && (
            <button
              type="button"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen((o) => !o)}
              className="whitespace-nowrap rounded px-2 py-1 text-sm text-brand-600 underline hover:bg-slate-100"
            >
              {open ? t('table.hide') : t('table.show')}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="bg-slate-50/50">
          <td colSpan={7} className="px-3 pb-3">
            <div className="flex gap-3">
              <Json title={t('table.before')} text={entry.before} empty={t('table.nothing')} />
              <Json title={t('table.after')} text={entry.after} empty={t('table.nothing')} />
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
