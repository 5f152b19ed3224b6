'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { listQueue } from '@/lib/reports/actions';
import { moveSelection, queueCommand } from '@/lib/reports/keys';
import type { QueueSnapshot } from '@/lib/reports/queue';
import { queueSearchParams, type QueueFilters } from '@/lib/reports/queue-filters';
import type { CategoryOption } from '@/lib/categories/queries';
import { MAX_BULK } from '@/lib/reports/bulk-rules';
import { BulkBar, type Assignee } from './bulk-bar';
import { KeyHelp, Kbd } from './key-help';
import { RelatedMenu } from './related-menu';
import { useSelection } from './use-selection';
import { QueueCounts } from './queue-counts';
import { QueueFiltersBar } from './queue-filters-bar';
import { QueueTable, rowLinkId } from './queue-table';
import { useClaimNext, type ClaimKind } from './use-claim';
import { useHotkeys } from './use-hotkeys';
import { useNow } from './use-now';

type Props = {
  kind: ClaimKind;
  basePath: '/queue' | '/escalations';
  filters: QueueFilters;
  cursor: string | null;
  initial: QueueSnapshot;
  categories: CategoryOption[];
  viewerId: string;
  serverNow: number;
  canClaim: boolean;
  escalationsHref: string;
  notice?: string | null;
  /** Bulk actions for those who decide cases; `assignees` only for those who may assign. */
  bulk?: { assignees: Assignee[] | null };
};

const REFRESH_MS = 10_000;

/** The queue list: refreshed in place every few seconds, driven from the keyboard. */
export function QueueView(p: Props) {
  const t = useTranslations('queue');
  const format = useFormatter();
  const router = useRouter();
  const now = useNow(p.serverNow);
  // Selection follows the case, not the row number: a refresh that reorders rows must not move it
  // onto a different case under the moderator's cursor.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [nothing, setNothing] = useState(false);
  const { claim, pending, error } = useClaimNext(p.kind, () => setNothing(true));
  const selection = useSelection(MAX_BULK);
  const [ticked, setTicked] = useState<string | null>(null);
  const tb = useTranslations('bulk');

  const query = useQuery({
    // Each server render starts its own entry, so that coming back to the queue (after a decision)
    // shows the fresh server list rather than an older cached one until the next refresh.
    queryKey: ['queue', p.filters, p.cursor, p.serverNow],
    queryFn: async () => {
      const result = await listQueue({ filters: p.filters, cursor: p.cursor });
      if (!result.ok) throw new Error(result.error.code);
      return result.data;
    },
    initialData: p.initial,
    initialDataUpdatedAt: p.serverNow,
    // Held still while cases are ticked: a refresh reordering rows under a shift-range would tick
    // cases the moderator never saw between the two ends.
    refetchInterval: selection.ids.length ? false : REFRESH_MS,
  });
  const { rows, nextCursor, counts } = query.data;
  const names = new Map(p.categories.map((c) => [c.id, c.name]));
  const categoryName = (id: string | null) => (id ? names.get(id) ?? id : t('list.uncategorized'));

  const selected = rows.findIndex((r) => r.id === selectedId);
  const pick = (index: number) => setSelectedId(rows[index]?.id ?? null);
  const select = (index: number) => {
    pick(index);
    document.getElementById(rowLinkId(index))?.focus();
  };
  useHotkeys((e) => {
    const command = queueCommand(e);
    if (!command) return;
    e.preventDefault();
    if (command === 'next' || command === 'previous') select(moveSelection(selected, rows.length, command));
    else if (command === 'open' && rows[selected]) router.push(`/cases/${rows[selected].id}`);
    else if (command === 'claim' && p.canClaim) claim();
    else if (command === 'help') setHelp(true);
    else if ((command === 'toggle' || command === 'range') && p.bulk && rows[selected]) check(selected, command === 'range');
  });
  const check = (index: number, range: boolean) => {
    const id = rows[index]?.id;
    if (!id) return;
    if (range) selection.range(id, rows.map((r) => r.id));
    else selection.toggle(id);
  };

  const page = (cursor: string | null) => {
    const { status, ...rest } = p.filters;
    const qs = queueSearchParams(p.basePath === '/escalations' ? rest : { status, ...rest }, cursor).toString();
    return qs ? `${p.basePath}?${qs}` : p.basePath;
  };
  const errorText = error && (error.code === 'forbidden' || error.code === 'unauthenticated' || error.code === 'internal' ? t(`errors.${error.code}`) : t('errors.other', { message: error.message }));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <QueueCounts counts={counts} escalationsHref={p.escalationsHref} />
        <div className="flex items-center gap-3">
          <span className="text-xs text-slate-500" aria-live="polite" suppressHydrationWarning>
            {query.isError ? t('list.refreshFailed')
              : t(selection.ids.length ? 'list.paused' : 'list.updated', { time: format.dateTime(query.dataUpdatedAt, { timeStyle: 'medium' }) })}
          </span>
          {p.canClaim && (
            <Button onClick={() => claim()} disabled={pending} aria-keyshortcuts="c">
              {pending ? t('claiming') : p.kind === 'open' ? t('claimNext') : t('claimNextEscalation')} <Kbd>c</Kbd>
            </Button>
          )}
        </div>
      </div>
      {p.notice && <Alert tone="success">{p.notice}</Alert>}
      {nothing && <Alert tone="info">{t('nothingToClaim')}</Alert>}
      {errorText && <Alert>{errorText}</Alert>}
      <QueueFiltersBar basePath={p.basePath} filters={p.filters} categories={p.categories} fixedStatus={p.basePath === '/escalations'} />
      {ticked && <Alert tone="info">{ticked}</Alert>}
      {p.bulk && (
        <BulkBar selection={selection} categories={p.categories} assignees={p.bulk.assignees}
          onDone={() => { setTicked(null); void query.refetch(); router.refresh(); }} />
      )}
      <QueueTable rows={rows} selected={selected} onSelect={pick} now={now} viewerId={p.viewerId} categoryName={categoryName} showStatus={p.filters.status === 'undecided' || p.filters.status === 'decided'}
        bulk={p.bulk && p.filters.status !== 'decided' ? {
          checked: selection.has,
          onCheck: (index, range) => { setTicked(null); check(index, range); },
          related: (caseId) => (
            <RelatedMenu caseId={caseId} onFound={(ids, by, label, more) => {
              selection.add(ids);
              setTicked(tb(more ? 'related.tickedMore' : 'related.ticked', { count: ids.length, by, label: label ?? '' }));
            }} />
          ),
        } : undefined} />
      <div className="flex items-center justify-between text-sm">
        <span className="text-slate-500">{t('keys.hint')}</span>
        <span className="flex gap-3">
          {p.cursor && <Link className="text-brand-700 hover:underline" href={page(null)}>{t('list.firstPage')}</Link>}
          {nextCursor && <Link className="text-brand-700 hover:underline" href={page(nextCursor)}>{t('list.nextPage')}</Link>}
        </span>
      </div>
      <KeyHelp
        open={help}
        onClose={() => setHelp(false)}
        title={t('keys.title')}
        closeLabel={t('keys.close')}
        items={[
          { keys: ['j'], label: t('keys.next') },
          { keys: ['k'], label: t('keys.previous') },
          { keys: ['Enter', 'o'], label: t('keys.open') },
          ...(p.canClaim ? [{ keys: ['c'], label: t('keys.claim') }] : []),
          ...(p.bulk ? [{ keys: ['x'], label: tb('keys.toggle') }, { keys: ['Shift+x'], label: tb('keys.range') }] : []),
          { keys: ['?'], label: t('keys.help') },
        ]}
      />
    </div>
  );
}
