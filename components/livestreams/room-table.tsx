import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';
import type { RoomRow } from '@/lib/livestreams/queries';
import { RoomBadges } from './room-badges';

export async function RoomTable({ rows }: { rows: RoomRow[] }) {
  const [t, format] = await Promise.all([getTranslations('livestreams'), getFormatter()]);
  if (!rows.length) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <Table caption={t('title')}>
      <THead>
        <Th>{t('fields.room')}</Th><Th>{t('fields.status')}</Th><Th>{t('fields.host')}</Th><Th>{t('fields.viewers')}</Th>
        <Th>{t('fields.intercepted')}</Th><Th>{t('fields.incident')}</Th><Th>{t('fields.opened')}</Th>
      </THead>
      <TBody>
        {rows.map((r) => (
          <tr key={r.sectionId} data-testid="room-row">
            <Td className="max-w-xs">
              <Link className="font-medium text-brand-700 hover:underline break-words" href={`/livestreams/${r.sectionId}`}>{r.name}</Link>
              <div className="text-xs text-slate-500 break-all">{r.externalId}</div>
            </Td>
            <Td><RoomBadges room={r} /></Td>
            <Td className="break-all font-mono text-xs">{r.hostAccountId}</Td>
            <Td className="tabular-nums">{r.viewers}<span className="text-xs text-slate-500"> / {r.peakViewers}</span></Td>
            <Td className="tabular-nums">{r.intercepted > 0 ? <Badge tone="amber">{r.intercepted}</Badge> : 0}<span className="text-xs text-slate-500"> / {r.bulletComments}</span></Td>
            <Td>{r.incidentTitle ? <Link className="text-brand-700 hover:underline" href={`/incidents/${r.incidentId}`}>{r.incidentTitle}</Link> : '—'}</Td>
            <Td className="whitespace-nowrap text-slate-600">{format.dateTime(r.openedAt, { dateStyle: 'short', timeStyle: 'short' })}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
