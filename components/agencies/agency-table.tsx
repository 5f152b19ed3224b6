import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AgencyListRow } from '@/lib/agencies/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';

export async function AgencyTable({ rows }: { rows: AgencyListRow[] }) {
  const t = await getTranslations('agencies');
  if (rows.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <Table caption={t('title')}>
      <THead>
        <Th>{t('columns.name')}</Th>
        <Th>{t('columns.externalId')}</Th>
        <Th className="text-right">{t('columns.members')}</Th>
        <Th className="text-right">{t('columns.involved')}</Th>
        <Th className="text-right">{t('columns.activeActions')}</Th>
        <Th className="text-right">{t('columns.pending')}</Th>
      </THead>
      <TBody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td><Link className="font-medium text-brand-700 hover:underline break-words" href={`/agencies/${r.id}`}>{r.name || r.externalId}</Link></Td>
            <Td className="font-mono text-xs text-slate-600 break-all">{r.externalId}</Td>
            <Td className="text-right tabular-nums">{r.currentMembers}</Td>
            <Td className="text-right tabular-nums">{r.involvedMembers > 0 ? <Badge tone="red">{r.involvedMembers}</Badge> : 0}</Td>
            <Td className="text-right tabular-nums">{r.activeActions}</Td>
            <Td className="text-right tabular-nums">{r.pendingActions > 0 ? <Badge tone="amber">{r.pendingActions}</Badge> : 0}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
