import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { listIncidents } from '@/lib/incidents/queries';
import { TBody, THead, Table, Td, Th } from '@/components/ui/table';
import { IncidentBadges } from './incident-badges';

type Row = Awaited<ReturnType<typeof listIncidents>>[number];

export async function IncidentTable({ rows }: { rows: Row[] }) {
  const [t, format] = await Promise.all([getTranslations('incidents'), getFormatter()]);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t('empty')}</p>;
  return (
    <Table>
      <THead>
        <Th>{t('fields.title')}</Th>
        <Th>{t('fields.status')}</Th>
        <Th>{t('list.cases')}</Th>
        <Th>{t('list.parties')}</Th>
        <Th>{t('list.updated')}</Th>
      </THead>
      <TBody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td><Link className="font-medium text-brand-700 hover:underline" href={`/incidents/${r.id}`}>{r.title}</Link></Td>
            <Td><IncidentBadges status={r.status} risk={r.risk} /></Td>
            <Td className="tabular-nums">{r.cases}</Td>
            <Td className="tabular-nums">{r.parties}</Td>
            <Td className="text-slate-600">{format.dateTime(r.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
