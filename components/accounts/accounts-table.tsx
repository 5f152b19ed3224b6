import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AccountListRow } from '@/lib/accounts/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';

export const accountHref = (id: string) => `/accounts/${encodeURIComponent(id)}`;

export async function AccountsTable({ rows }: { rows: AccountListRow[] }) {
  const [t, format] = await Promise.all([getTranslations('accounts'), getFormatter()]);
  if (!rows.length) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <Table caption={t('title')}>
      <THead>
        <Th>{t('columns.account')}</Th>
        <Th>{t('columns.status')}</Th>
        <Th>{t('columns.verification')}</Th>
        <Th>{t('columns.agency')}</Th>
        <Th>{t('columns.activeSanctions')}</Th>
        <Th>{t('columns.firstSeen')}</Th>
      </THead>
      <TBody>
        {rows.map((a) => (
          <tr key={a.id}>
            <Td>
              <Link className="font-medium text-brand-700 hover:underline" href={accountHref(a.id)}>
                <span className="break-words">{a.displayName || a.handle || a.id}</span>
              </Link>
              <div className="text-xs text-slate-500 break-all">{a.handle} · {a.id}</div>
            </Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                <Badge tone={a.status === 'closed' ? 'red' : 'green'}>{t(`status.${a.status}`)}</Badge>
                {a.isMinor && <Badge tone="purple">{t('minor')}</Badge>}
              </span>
            </Td>
            <Td>{t(`verification.${a.verification}`)}</Td>
            <Td className="break-words">{a.agencyName ?? '—'}</Td>
            <Td>{a.activeSanctions > 0 ? <Badge tone="amber">{a.activeSanctions}</Badge> : '0'}</Td>
            <Td className="text-slate-600">{format.dateTime(a.firstSeenAt, { dateStyle: 'medium' })}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
