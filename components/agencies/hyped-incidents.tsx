import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { HypedIncident } from '@/lib/agencies/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';

export async function HypedIncidents({ incidents }: { incidents: HypedIncident[] }) {
  const [t, s] = await Promise.all([getTranslations('agencies.incidents'), getTranslations('incidents.status')]);
  return (
    <section className="space-y-2">
      <h2 className="font-semibold text-slate-900">{t('title')}</h2>
      <p className="text-xs text-slate-600">{t('hint')}</p>
      {incidents.length === 0 ? <EmptyState>{t('empty')}</EmptyState> : (
        <Table caption={t('title')}>
          <THead>
            <Th>{t('incident')}</Th>
            <Th>{t('status')}</Th>
            <Th className="text-right">{t('members')}</Th>
            <Th>{t('accounts')}</Th>
          </THead>
          <TBody>
            {incidents.map((i) => (
              <tr key={i.id}>
                <Td><Link className="text-brand-700 hover:underline break-words" href={`/incidents/${i.id}`}>{i.title}</Link></Td>
                <Td><Badge tone={i.status === 'closed' ? 'neutral' : 'red'}>{s.has(i.status) ? s(i.status as 'active') : i.status}</Badge></Td>
                <Td className="text-right tabular-nums">{i.members}</Td>
                <Td className="max-w-xs font-mono text-xs text-slate-600 break-all">{i.accountIds.join(', ')}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
