import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditRow } from '@/lib/audit/queries';
import { auditJson, changedFields } from '@/lib/audit/diff';
import { AuditEntryRow, type AuditEntryView } from './audit-entry-row';

export async function AuditTable({ entries }: { entries: AuditRow[] }) {
  const t = await getTranslations('audit.table');
  const format = await getFormatter();
  if (entries.length === 0) return <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">{t('empty')}</p>;

  const view = (e: AuditRow): AuditEntryView => {
    const changed = changedFields(e.before, e.after);
    return {
      id: e.id,
      at: format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'medium' }),
      actorType: e.actorType,
      actor: e.actorLabel ?? e.actorId ?? '—',
      action: e.action,
      target: e.targetType ? `${e.targetType}${e.targetId ? `: ${e.targetId}` : ''}` : null,
      summary: changed?.length ? t('changed', { fields: changed.join(', ') }) : null,
      requestId: e.requestId,
      before: auditJson(e.before),
      after: auditJson(e.after),
    };
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t('at')}</th>
            <th scope="col" className="px-3 py-2">{t('actor')}</th>
            <th scope="col" className="px-3 py-2">{t('action')}</th>
            <th scope="col" className="px-3 py-2">{t('target')}</th>
            <th scope="col" className="px-3 py-2">{t('change')}</th>
            <th scope="col" className="px-3 py-2">{t('request')}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t('details')}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((e) => <AuditEntryRow key={e.id} entry={view(e)} />)}
        </tbody>
      </table>
    </div>
  );
}
