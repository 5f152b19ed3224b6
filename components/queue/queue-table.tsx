'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { QueueRow } from '@/lib/reports/queue';
import { CaseFlags } from './case-flags';
import { Ago, DueLabel } from './due-label';

type Props = {
  rows: QueueRow[];
  selected: number;
  onSelect: (index: number) => void;
  now: number;
  viewerId: string;
  categoryName: (id: string | null) => string;
  /** Off where every row has the same status (the escalation queue): the badge would say nothing. */
  showStatus: boolean;
  /** Multi-select for bulk actions; absent where the viewer cannot act on cases. */
  bulk?: {
    checked: (id: string) => boolean;
    onCheck: (index: number, range: boolean) => void;
    related: (caseId: string) => React.ReactNode;
  };
};

export const rowLinkId = (index: number) => `queue-row-${index}`;
// On a card each figure carries its column's name, since the header row is not shown there.
const cardCell = 'max-md:block max-md:p-0 max-md:text-xs max-md:before:mr-1 max-md:before:text-slate-500 max-md:before:content-[attr(data-label)]';

/**
 * The queue as a dense table; the selected row (j/k) carries focus on its link, so Enter opens it.
 * Below md (a phone) the same rows are laid out as cards, the reported text first and in full
 * lines, each figure with its label: CSS only, so keys, selection and tests see one structure.
 */
export function QueueTable({ rows, selected, onSelect, now, viewerId, categoryName, showStatus, bulk }: Props) {
  const t = useTranslations('queue');
  if (rows.length === 0) return <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{t('list.empty')}</p>;
  return (
    <table className="w-full table-fixed border-collapse overflow-hidden rounded-md border border-slate-200 bg-white text-sm max-md:block max-md:border-0 max-md:bg-transparent" aria-label={t('list.label')}>
      <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-600 max-md:hidden">
        <tr>
          <th scope="col" className="w-52 px-2 py-1.5">{t('columns.flags')}</th>
          <th scope="col" className="px-2 py-1.5">{t('columns.content')}</th>
          <th scope="col" className="w-40 px-2 py-1.5">{t('columns.category')}</th>
          <th scope="col" className="w-[5.5rem] py-1.5 pl-2 pr-4 text-right">{t('columns.reporters')}</th>
          <th scope="col" className="w-36 px-2 py-1.5">{t('columns.due')}</th>
          <th scope="col" className="w-28 px-2 py-1.5">{t('columns.received')}</th>
          <th scope="col" className="w-28 px-2 py-1.5">{t('columns.claimant')}</th>
        </tr>
      </thead>
      <tbody className="max-md:block max-md:space-y-2">
        {rows.map((r, i) => {
          const holder = r.claimedBy && r.leaseExpiresAt && new Date(r.leaseExpiresAt).getTime() > now ? r.claimedBy : null;
          // Cases someone else is working on fade back: they are not the moderator's to take.
          const taken = holder !== null && holder !== viewerId;
          return (
          <tr
            key={r.id}
            data-case-id={r.id}
            data-held={holder ? 'true' : undefined}
            aria-selected={i === selected}
            onClick={() => onSelect(i)}
            className={`border-t border-slate-100 align-top max-md:grid max-md:grid-cols-2 max-md:gap-x-3 max-md:gap-y-1 max-md:rounded-md max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-2 ${taken ? 'text-slate-500 opacity-70' : ''} ${i === selected ? 'bg-blue-50 outline outline-2 -outline-offset-2 outline-brand-600' : r.involvesMinor ? 'bg-red-50/40 hover:bg-slate-50' : 'hover:bg-slate-50'}`}
          >
            <td className="px-2 py-1.5 max-md:col-span-2 max-md:p-0">
              <div className="flex items-start gap-2">
                {bulk && (
                  // Shift-click ticks the range from the last ticked case; the big hit area is for thumbs.
                  <label className="-m-1 flex shrink-0 cursor-pointer p-1 max-md:-m-2 max-md:p-2.5" onClick={(e) => e.stopPropagation()}>
                    <input type="checkbox" className="size-4 max-md:size-5" checked={bulk.checked(r.id)} aria-label={t('list.select', { id: r.id.slice(0, 8) })}
                      onChange={(e) => bulk.onCheck(i, (e.nativeEvent as MouseEvent).shiftKey === true)} onFocus={() => onSelect(i)} data-bulk-check />
                  </label>
                )}
                <CaseFlags involvesMinor={r.involvesMinor} selfHarm={r.selfHarm} overdue={r.overdue} status={showStatus ? r.status : undefined} />
              </div>
            </td>
            <td className="px-2 py-1.5 max-md:col-span-2 max-md:p-0">
              <Link id={rowLinkId(i)} href={`/cases/${r.id}`} onFocus={() => onSelect(i)} className="block truncate text-slate-900 hover:underline focus-visible:underline max-md:line-clamp-3 max-md:whitespace-normal max-md:break-words max-md:py-1 max-md:text-base">
                {r.preview || t('list.noText')}
              </Link>
              <span className="text-xs text-slate-500">{t(`channels.${r.channel}` as 'channels.post')} · {r.id.slice(0, 8)}</span>
              {bulk && bulk.related(r.id)}
            </td>
            <td data-label={t('columns.category')} className={`truncate px-2 py-1.5 text-slate-700 ${cardCell}`}>{categoryName(r.categoryId)}</td>
            <td data-label={t('columns.reporters')} className={`py-1.5 pl-2 pr-4 text-right tabular-nums max-md:text-left ${cardCell}`}>{r.reporterCount}</td>
            <td data-label={t('columns.due')} className={`whitespace-nowrap px-2 py-1.5 ${cardCell}`}><DueLabel dueAt={r.dueAt} now={now} decided={r.status === 'decided'} /></td>
            <td data-label={t('columns.received')} className={`whitespace-nowrap px-2 py-1.5 text-slate-600 ${cardCell}`}><Ago at={r.createdAt} now={now} /></td>
            <td data-label={t('columns.claimant')} className={`truncate px-2 py-1.5 text-slate-700 ${cardCell}`}>
              {holder ? (holder === viewerId ? t('list.you') : r.claimantName) : '—'}
              {r.assigneeName && <span className="block text-xs text-slate-500">{t('list.assigned', { name: r.assignedTo === viewerId ? t('list.you') : r.assigneeName })}</span>}
            </td>
          </tr>
          );
        })}
      </tbody>
    </table>
  );
}
