import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { PendingApproval } from '@/lib/approvals/types';
import { Badge } from '@/components/ui/badge';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';

export async function ApprovalsTable({ rows, meId }: { rows: PendingApproval[]; meId: string }) {
  const [t, format] = await Promise.all([getTranslations('approvals'), getFormatter()]);
  if (rows.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <Table caption={t('title')}>
      <THead>
        <Th>{t('columns.kind')}</Th>
        <Th>{t('columns.proposal')}</Th>
        <Th>{t('columns.reason')}</Th>
        <Th>{t('columns.proposedBy')}</Th>
        <Th>{t('columns.waiting')}</Th>
      </THead>
      <TBody>
        {rows.map((r) => (
          <tr key={`${r.kind}:${r.id}`}>
            <Td className="whitespace-nowrap"><Badge tone={r.urgent ? 'red' : 'neutral'}>{t.has(`kinds.${r.kind}`) ? t(`kinds.${r.kind}` as 'kinds.sanction') : r.kind}</Badge></Td>
            <Td><Link className="font-medium text-brand-700 hover:underline" href={r.href}>{t(`titles.${r.title.key}`, r.title.values)}</Link></Td>
            <Td className="max-w-md whitespace-pre-wrap break-words text-slate-700">{r.reason}</Td>
            <Td>
              {r.proposedBy ? r.proposedBy.name : <span className="text-slate-600">{t('platform')}</span>}
              {r.proposedBy?.id === meId && <span className="ml-1 text-xs text-slate-500">({t('yours')})</span>}
            </Td>
            <Td className="text-slate-600">{format.relativeTime(r.proposedAt)}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
