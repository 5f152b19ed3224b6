import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { listIncidents } from '@/lib/incidents/queries';
import { IncidentBadges } from './incident-badges';

type Row = Awaited<ReturnType<typeof listIncidents>>[number];

export async function IncidentTable({ rows }: { rows: Row[] }) {
  const [t, format] = await Promise.all([getTranslations('incidents'), getFormatter()]);
  return (
    <>
    {rows.length === 0 ? (
      <p className="text-sm text-slate-600">{t('empty')}</p>
    ) : (
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t('fields.title')}</th>
              <th scope="col" className="px-3 py-2">{t('fields.status')}</th>
              <th scope="col" className="px-3 py-2">{t('list.cases')}</th>
              <th scope="col" className="px-3 py-2">{t('list.parties')}</th>
              <th scope="col" className="px-3 py-2">{t('list.updated')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="px-3 py-2"><Link className="font-medium text-brand-700 hover:underline" href={`/incidents/${r.id}`}>{r.title}</Link></td>
                <td className="px-3 py-2"><IncidentBadges status={r.status} risk={r.risk} /></td>
                <td className="px-3 py-2 tabular-nums">{r.cases}</td>
                <td className="px-3 py-2 tabular-nums">{r.parties}</td>
                <td className="px-3 py-2 text-slate-600">{format.dateTime(r.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    </>
  );
}
