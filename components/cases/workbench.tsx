'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { KeyHelp } from '@/components/queue/key-help';
import { useHotkeys } from '@/components/queue/use-hotkeys';
import type { ActionError } from '@/lib/actions/result';
import { claimCase, claimNext, claimNextEscalation, releaseCase } from '@/lib/reports/actions';
import type { DecisionOutcome } from '@/lib/reports/decide';
import { caseCommand } from '@/lib/reports/keys';
import type { CategoryOption } from '@/lib/categories/queries';
import type { CategoryGuidance as Guidance } from '@/lib/standards/queries';
import { CategoryGuidance } from '@/components/standards/category-guidance';
import { DecisionPanel } from './decision-panel';
import { LeaseBox } from './lease-box';
import { useLease } from './use-lease';

export type WorkbenchProps = {
  caseId: string;
  status: 'open' | 'escalated' | 'decided';
  categories: CategoryOption[];
  defaultCategoryId: string | null;
  lease: { mine: boolean; holderName: string; until: number } | null;
  decided: { action: string; by: string; at: Date } | null;
  /** The viewer's role may claim and decide this case (escalated ones need a supervisor). */
  mayWork: boolean;
  serverNow: number;
  /** The published standards' text per category, shown for the category chosen in the panel. */
  guidance?: Guidance[];
};

const failed = (): { ok: false; error: ActionError } => ({ ok: false, error: { code: 'internal', message: '' } });

/** The right-hand column of the case page: the lease, the decision panel and their keys. */
export function Workbench(p: WorkbenchProps) {
  const t = useTranslations('case');
  const router = useRouter();
  const lease = useLease(p.caseId, p.lease?.mine ? p.lease.until : null, p.serverNow);
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [help, setHelp] = useState(false);
  const [categoryId, setCategoryId] = useState(p.defaultCategoryId);
  const canDecide = p.mayWork && p.status !== 'decided' && lease.active;

  const claim = () => start(async () => {
    const result = await claimCase({ caseId: p.caseId }).catch(failed);
    if (!result.ok) return setError(result.error);
    setError(null);
    lease.took(result.data.leaseExpiresAt);
    router.refresh();
  });
  const switchTo = (heldCaseId: string) => start(async () => {
    const released = await releaseCase({ caseId: heldCaseId }).catch(failed);
    if (!released.ok) return setError(released.error);
    const result = await claimCase({ caseId: p.caseId }).catch(failed);
    if (!result.ok) return setError(result.error);
    setError(null);
    lease.took(result.data.leaseExpiresAt);
    router.refresh();
  });
  const release = () => start(async () => {
    const result = await releaseCase({ caseId: p.caseId }).catch(failed);
    if (!result.ok) return setError(result.error);
    lease.dropped();
    router.push(p.status === 'escalated' ? '/escalations' : '/queue');
  });
  // After a decision the moderator flows on to the next case of the same queue, or back to it when empty.
  const next = (outcome: DecisionOutcome) => start(async () => {
    const fromEscalations = outcome.from === 'escalated';
    const result = await (fromEscalations ? claimNextEscalation({}) : claimNext({})).catch(failed);
    if (result.ok && result.data) router.push(`/cases/${result.data.id}?done=1`);
    else router.push(`${fromEscalations ? '/escalations' : '/queue'}?done=1`);
  });

  // Help is open to everyone on the page; the panel handles the decision keys while it is shown.
  useHotkeys((e) => {
    if (canDecide) return;
    const command = caseCommand(e);
    if (command?.type === 'help') { e.preventDefault(); setHelp(true); }
  });

  const other = p.lease && !p.lease.mine ? { name: p.lease.holderName, until: p.lease.until } : null;
  return (
    <div className="space-y-3">
      <LeaseBox
        mine={{ active: lease.active, lost: lease.lost, until: lease.until, now: lease.now }}
        other={other}
        decided={p.decided}
        canClaim={p.mayWork && p.status !== 'decided'}
        pending={pending}
        error={error}
        onClaim={claim}
        onRelease={release}
        onSwitch={switchTo}
      />
      <section aria-labelledby="decision-title" className="rounded-md border border-slate-200 bg-white px-3 py-2.5">
        <h2 id="decision-title" className="mb-2 text-sm font-semibold text-slate-800">{t('panel.title')}</h2>
        {canDecide ? (
          <DecisionPanel caseId={p.caseId} escalated={p.status === 'escalated'} categories={p.categories} defaultCategoryId={p.defaultCategoryId} onDecided={next} onHelp={() => setHelp(true)} onCategoryChange={setCategoryId} />
        ) : (
          <p className="text-sm text-slate-600">
            {p.status === 'decided' && p.decided ? t('panel.decidedAs', { action: t(`actions.${p.decided.action}` as 'actions.fold') })
              : p.status === 'escalated' && !p.mayWork ? t('panel.supervisorOnly') : t('panel.needClaim')}
          </p>
        )}
      </section>
      {p.guidance && <CategoryGuidance guidance={p.guidance} categoryId={categoryId} />}
      <p className="text-xs text-slate-500">{t('keys.hint')}</p>
      <KeyHelp
        open={help}
        onClose={() => setHelp(false)}
        title={t('keys.title')}
        closeLabel={t('keys.close')}
        items={[
          { keys: ['n', 'f', 'r', 'w', 'e'], label: t('keys.choose') },
          { keys: ['1', '2', '3'], label: t('keys.reason') },
          { keys: ['Enter'], label: t('keys.confirm') },
          { keys: ['Esc'], label: t('keys.cancel') },
          { keys: ['?'], label: t('keys.help') },
        ]}
      />
    </div>
  );
}
