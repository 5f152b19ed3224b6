import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState, Table, TBody, Td, Th, THead } from '@/components/ui/table';
import type { ReferralRow } from '@/lib/referrals/queries';
import { AccountName } from './account-name';
import { ReferralStatusBadge } from './status-badge';

export async function ReferralTable({ rows }: { rows: ReferralRow[] }) {
  const [t, format] = await Promise.all([getTranslations('referrals'), getFormatter()]);
  if (rows.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium' }) : '—');
  return (
    <Table caption={t('caption')}>
      <THead>
        <Th>{t('fields.account')}</Th>
        <Th>{t('fields.status')}</Th>
        <Th>{t('fields.authority')}</Th>
        <Th>{t('fields.preparedAt')}</Th>
        <Th>{t('fields.sentAt')}</Th>
        <Th>{t('fields.acknowledgedAt')}</Th>
        <Th><span className="sr-only">{t('detail.open')}</span></Th>
      </THead>
      <TBody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td><AccountName id={r.accountId} handle={r.handle} displayName={r.displayName} /></Td>
            <Td><ReferralStatusBadge status={r.status} reversed={r.sanctionStatus === 'reversed'} /></Td>
            <Td className="max-w-xs whitespace-pre-wrap break-words">{r.authority || '—'}{r.reference && <span className="block text-xs text-slate-500">{r.reference}</span>}</Td>
            <Td className="whitespace-nowrap text-slate-600">{when(r.preparedAt)}<span className="block text-xs">{r.preparedByName}</span></Td>
            <Td className="whitespace-nowrap text-slate-600">{when(r.sentAt)}</Td>
            <Td className="whitespace-nowrap text-slate-600">{when(r.acknowledgedAt)}</Td>
            <Td><Link className="font-medium text-brand-700 hover:underline" href={`/referrals/${r.id}`}>{t('detail.open')}</Link></Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
