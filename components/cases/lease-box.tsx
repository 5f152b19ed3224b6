'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { ActionError } from '@/lib/actions/result';
import { formatClock } from '@/components/queue/time';

type Props = {
  mine: { active: boolean; lost: boolean; until: number | null; now: number };
  other: { name: string; until: number } | null;
  decided: { action: string; by: string; at: Date } | null;
  canClaim: boolean;
  pending: boolean;
  error: ActionError | null;
  onClaim: () => void;
  onRelease: () => void;
  /** Releases the case the viewer already holds, then claims this one. */
  onSwitch: (heldCaseId: string) => void;
};

/** Who holds the case and for how long; claim, re-claim or release from here. */
export function LeaseBox({ mine, other, decided, canClaim, pending, error, onClaim, onRelease, onSwitch }: Props) {
  const t = useTranslations('case');
  const format = useFormatter();
  const held = error?.fields?.heldCaseId?.[0];
  let body: React.ReactNode;
  if (decided) {
    body = <p>{t('lease.decided', { time: format.dateTime(decided.at, { dateStyle: 'short', timeStyle: 'short' }), name: decided.by })}</p>;
  } else if (mine.active) {
    body = (
      <div className="flex items-center justify-between gap-2">
        <div>
          <p className="font-medium text-emerald-800" data-testid="lease-status">{t('lease.yours', { time: formatClock(mine.until! - mine.now) })}</p>
          <p className="text-xs text-slate-500">{t('lease.renewing')}</p>
        </div>
        <Button size="sm" variant="secondary" onClick={onRelease} disabled={pending}>{t('lease.release')}</Button>
      </div>
    );
  } else if (other && other.until > mine.now) {
    body = <p data-testid="lease-status">{t('lease.heldBy', { name: other.name, time: format.dateTime(new Date(other.until), { timeStyle: 'short' }) })}</p>;
  } else {
    body = (
      <div className="flex items-center justify-between gap-2">
        <p className={mine.lost ? 'font-medium text-red-700' : ''} data-testid="lease-status">{mine.lost ? t('lease.expired') : t('lease.free')}</p>
        {canClaim && <Button size="sm" onClick={onClaim} disabled={pending}>{mine.lost ? t('lease.claimAgain') : t('lease.claim')}</Button>}
      </div>
    );
  }
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-white px-3 py-2.5 text-sm">
      {body}
      {error && held && (
        // One case at a time: say which one is held, and offer both ways on.
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          <p>{t('lease.holdingOther', { id: held.slice(0, 8) })}</p>
          <div className="flex flex-wrap gap-2">
            <Link className="rounded-md border border-amber-400 bg-white px-2.5 py-1 font-medium hover:bg-amber-100" href={`/cases/${held}`}>{t('lease.backToHeld')}</Link>
            <Button size="sm" variant="secondary" onClick={() => onSwitch(held)} disabled={pending}>{t('lease.releaseHeldAndClaim')}</Button>
          </div>
        </div>
      )}
      {error && !held && <p role="alert" className="text-sm text-red-700">{t(`errors.${error.code}` as 'errors.internal')}</p>}
    </div>
  );
}
