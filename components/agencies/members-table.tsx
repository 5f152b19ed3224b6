import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AgencyMember } from '@/lib/agencies/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';

// Handles and display names come from the platform: plain text only.
export async function MembersTable({ members }: { members: AgencyMember[] }) {
  const [t, format] = await Promise.all([getTranslations('agencies.members'), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  return (
    <section className="space-y-2">
      <h2 className="font-semibold text-slate-900">{t('title')}</h2>
      {members.length === 0 ? <EmptyState>{t('empty')}</EmptyState> : (
        <Table caption={t('title')} className="max-h-96 overflow-y-auto">
          <THead>
            <Th>{t('account')}</Th>
            <Th>{t('handle')}</Th>
            <Th>{t('displayName')}</Th>
            <Th>{t('membership')}</Th>
          </THead>
          <TBody>
            {members.map((m) => (
              <tr key={m.accountId}>
                <Td><Link className="font-mono text-xs text-brand-700 hover:underline break-all" href={`/accounts/${encodeURIComponent(m.accountId)}`}>{m.accountId}</Link></Td>
                <Td className="whitespace-pre-wrap break-words">{m.handle}</Td>
                <Td className="whitespace-pre-wrap break-words">{m.displayName}</Td>
                <Td className="text-xs text-slate-600">
                  <Badge tone={m.current ? 'green' : 'neutral'}>{m.current ? t('current') : t('past')}</Badge>{' '}
                  {m.current && m.joinedAt && t('since', { date: day(m.joinedAt) })}
                  {!m.current && m.joinedAt && m.leftAt && t('between', { from: day(m.joinedAt), to: day(m.leftAt) })}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
