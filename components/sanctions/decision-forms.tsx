'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { useConfirm } from '@/components/ui/confirm-dialog';
import type { SanctionType } from '@/db/schema';
import { approveSanction, rejectSanction } from '@/lib/sanctions/actions';
import { decideAppeal } from '@/lib/appeals/actions';
import { SanctionError } from './action-error';

/** Approve or reject a proposal; both need a reason. The server refuses the proposer. */
export function ProposalDecision({ sanctionId, type }: { sanctionId: string; type: SanctionType }) {
  const t = useTranslations('sanctions.decide');
  const tTypes = useTranslations('sanctions.types');
  const [confirm, confirmDialog] = useConfirm();
  const [reason, setReason] = useState('');
  const approve = useAction(approveSanction);
  const reject = useAction(rejectSanction);
  const pending = approve.pending || reject.pending;
  const id = `decide-${sanctionId}`;
  return (
    <div className="mt-2 space-y-2 rounded-md border border-amber-200 bg-amber-50 p-2">
      <Field id={id} label={t('reason')}>
        <Textarea id={id} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <SanctionError error={approve.error ?? reject.error} />
      {confirmDialog}
      <div className="flex gap-2">
        <Button size="sm" variant="danger" disabled={pending} onClick={async () => {
          reject.clearError();
          const kind = tTypes(type).toLocaleLowerCase();
          if (await confirm({ title: t('confirmApprove.title', { type: kind }), body: t('confirmApprove.body'), confirmLabel: t('confirmApprove.yes') })) approve.run({ sanctionId, reason });
        }}>{t('approve')}</Button>
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => { approve.clearError(); reject.run({ sanctionId, reason }); }}>{t('reject')}</Button>
      </div>
    </div>
  );
}

/** Uphold or overturn an appeal, with a reason. The server refuses whoever took the decision. */
export function AppealDecision({ appealId }: { appealId: string }) {
  const t = useTranslations('sanctions.appeals');
  const [reason, setReason] = useState('');
  const decide = useAction(decideAppeal);
  const id = `appeal-reason-${appealId}`;
  return (
    <div className="mt-2 space-y-2">
      <Field id={id} label={t('reason')}>
        <Textarea id={id} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <SanctionError error={decide.error} />
      <div className="flex gap-2">
        <Button size="sm" variant="secondary" disabled={decide.pending} onClick={() => decide.run({ appealId, outcome: 'upheld', reason })}>{t('uphold')}</Button>
        <Button size="sm" variant="danger" disabled={decide.pending} onClick={() => decide.run({ appealId, outcome: 'overturned', reason })}>{t('overturn')}</Button>
      </div>
    </div>
  );
}
