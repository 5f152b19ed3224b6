import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { EmptyState, Table, TBody, Td, Th, THead } from '@/components/ui/table';
import type { SectionRow } from '@/lib/sections/queries';
import { SectionBadges, Share } from './section-badges';

export function SectionTable({ rows, empty }: { rows: SectionRow[]; empty?: string }) {
  const t = useTranslations('sections');
  if (!rows.length) return <EmptyState>{empty ?? t('list.empty')}</EmptyState>;
  return (
    <Table caption={t('list.caption')}>
      <THead>
        <Th>{t('fields.name')}</Th>
        <Th>{t('fields.kind')}</Th>
        <Th>{t('fields.status')}</Th>
        <Th className="text-right">{t('fields.heat')}</Th>
        <Th>{t('fields.flaggedShare')}</Th>
        <Th>{t('fields.incident')}</Th>
      </THead>
      <TBody>
        {rows.map((s) => (
          <tr key={s.id} data-testid="section-row">
            <Td className="max-w-80">
              <Link href={`/sections/${s.id}`} className="font-medium break-words text-brand-700 hover:underline">{s.name}</Link>
              <div className="text-xs text-slate-500"><code>{s.externalId}</code></div>
            </Td>
            <Td className="whitespace-nowrap">{t(`kind.${s.kind}`)}</Td>
            <Td><SectionBadges section={s} pendingClosure={s.pendingClosure} /></Td>
            <Td className="text-right tabular-nums">{s.heatPerHour}</Td>
            <Td className="whitespace-nowrap"><Share flagged={s.flaggedItems} total={s.totalItems} /></Td>
            <Td className="max-w-56 break-words">
              {s.incidentId ? <Link className="text-brand-700 hover:underline" href={`/incidents/${s.incidentId}`}>{s.incidentTitle}</Link> : '—'}
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}

export function Pager({ page, hasNext, href }: { page: number; hasNext: boolean; href: (page: number) => string }) {
  const t = useTranslations('sections.list');
  return (
    <nav aria-label={t('page', { n: page })} className="mt-3 flex items-center gap-3 text-sm">
      {page > 1 && <Link className="text-brand-700 hover:underline" href={href(page - 1)}>{t('prev')}</Link>}
      <span className="text-slate-600">{t('page', { n: page })}</span>
      {hasNext && <Link className="text-brand-700 hover:underline" href={href(page + 1)}>{t('next')}</Link>}
    </nav>
  );
}
