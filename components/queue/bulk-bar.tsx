'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import type { ActionError, ActionResult } from '@/lib/actions/result';
import type { CategoryOption } from '@/lib/categories/queries';
import { bulkAssign, bulkDecide, previewBulk } from '@/lib/reports/bulk-actions';
import { MAX_BULK, type BulkRefusal } from '@/lib/reports/bulk-rules';
import { decisionActions, dismissalReasons, needsCategory, needsReason } from '@/lib/reports/decision-rules';
import type { Selection } from './use-selection';

type Action = (typeof decisionActions)[number];
type Reason = (typeof dismissalReasons)[number];
export type Assignee = { id: string; name: string };

const control = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm max-md:min-h-11 max-md:w-full';
const failed = (): { ok: false; error: ActionError } => ({ ok: false, error: { code: 'internal', message: 'The request failed.' } });

/**
 * What to do with the ticked cases: decide (the single case page's decisions), escalate, or assign.
 * Every run previews first (how many will change, which are refused and why), asks in the confirm
 * dialog, then says what happened at once, next to the bar.
 */
export function BulkBar({ selection, categories, assignees, onDone }: { selection: Selection; categories: CategoryOption[]; assignees: Assignee[] | null; onDone: () => void }) {
  const t = useTranslations('bulk');
  const tc = useTranslations('case');
  const [confirm, dialog] = useConfirm();
  const [pending, start] = useTransition();
  const [action, setAction] = useState<Action>('remove');
  const [category, setCategory] = useState('');
  const [reason, setReason] = useState<Reason | ''>('');
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const count = selection.ids.length;
  if (count === 0 && !result) return null;

  const refusalText = (refusals: BulkRefusal[]) => refusals.map((r) => t(`refusals.${r.why}`, { id: r.caseId.slice(0, 8), holder: r.holder ?? '' })).join('\n');
  const errorText = (e: ActionError) => {
    const refused = Object.entries(e.fields ?? {}).filter(([k]) => k.startsWith('refused.'));
    if (refused.length) {
      return refused.flatMap(([k, v]) => v.map((x) => { const [id, holder] = x.split(':'); return t(`refusals.${k.slice(8)}` as 'refusals.held', { id: id.slice(0, 8), holder: holder ?? '' }); })).join(' ');
    }
    return e.fields?.caseIds ? t('tooMany', { max: MAX_BULK }) : t('failed', { message: e.message });
  };

  // One flow for every bulk action: check the inputs, preview, ask, run, say what happened.
  const run = (kind: 'decide' | 'assign', chosen: Action) => start(async () => {
    setResult(null);
    if (kind === 'decide' && needsCategory(chosen) && !category) return setResult({ tone: 'error', text: t('needCategory') });
    if (kind === 'decide' && needsReason(chosen) && !reason) return setResult({ tone: 'error', text: t('needReason') });
    if (kind === 'assign' && !assignee) return setResult({ tone: 'error', text: t('needAssignee') });
    const ids = selection.ids;
    const preview = await previewBulk({ caseIds: ids, operation: kind === 'assign' ? { kind: 'assign', assigneeId: assignee } : { kind: 'decide', action: chosen } }).catch(failed);
    if (!preview.ok) return setResult({ tone: 'error', text: errorText(preview.error) });
    const { ready, refusals } = preview.data;
    if (ready === 0) return setResult({ tone: 'error', text: `${t('noneReady')}\n${refusalText(refusals)}` });
    const what = kind === 'assign'
      ? t('confirm.assign', { count: ready, name: assignees?.find((a) => a.id === assignee)?.name ?? '' })
      : t('confirm.decide', { count: ready, action: tc(`actions.${chosen}`) });
    const ok = await confirm({
      title: t('confirm.title', { count: ready }),
      body: refusals.length ? `${what}\n\n${t('confirm.leftOut', { count: refusals.length })}\n${refusalText(refusals)}` : what,
      confirmLabel: refusals.length ? t('confirm.applyRest', { count: ready }) : t('confirm.apply', { count: ready }),
      tone: kind === 'decide' && chosen !== 'escalate' ? 'danger' : 'primary',
    });
    if (!ok) return;
    // The refused ones are left out, as the dialog said; the server checks the rest again.
    const caseIds = ids.filter((id) => !refusals.some((r) => r.caseId === id));
    const done: ActionResult<{ decided?: number; assigned?: number }> = kind === 'assign'
      ? await bulkAssign({ caseIds, assigneeId: assignee }).catch(failed)
      : await bulkDecide({ caseIds, operation: {
        kind: 'decide', action: chosen, categoryId: needsCategory(chosen) ? category : undefined,
        reason: needsReason(chosen) ? (reason as Reason) : undefined, note: note || undefined,
      } }).catch(failed);
    if (!done.ok) return setResult({ tone: 'error', text: errorText(done.error) });
    selection.clear();
    setNote('');
    setResult({ tone: 'success', text: kind === 'assign' ? t('done.assign', { count: done.data.assigned ?? 0 }) : t('done.decide', { count: done.data.decided ?? 0, action: tc(`actions.${chosen}`) }) });
    onDone();
  });

  return (
    <section aria-label={t('label')} className="space-y-2 rounded-md border border-brand-600/40 bg-blue-50/60 p-2 text-sm" data-testid="bulk-bar">
      {count > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <p className="font-medium max-md:w-full" aria-live="polite">{t('selected', { count })}</p>
          <label className="flex flex-col text-xs text-slate-600 max-md:w-full">{t('action')}
            <select className={control} value={action} onChange={(e) => setAction(e.target.value as Action)}>
              {decisionActions.filter((a) => a !== 'escalate').map((a) => <option key={a} value={a}>{tc(`actions.${a}`)}</option>)}
            </select>
          </label>
          {needsCategory(action) && (
            <label className="flex flex-col text-xs text-slate-600 max-md:w-full">{t('category')}
              <select className={control} value={category} onChange={(e) => setCategory(e.target.value)}>
                <option value="">{t('chooseCategory')}</option>
                {categories.filter((c) => c.active).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            </label>
          )}
          {needsReason(action) && (
            <label className="flex flex-col text-xs text-slate-600 max-md:w-full">{t('reason')}
              <select className={control} value={reason} onChange={(e) => setReason(e.target.value as Reason)}>
                <option value="">{t('chooseReason')}</option>
                {dismissalReasons.map((r) => <option key={r} value={r}>{tc(`reasons.${r}`)}</option>)}
              </select>
            </label>
          )}
          <label className="flex flex-col text-xs text-slate-600 max-md:w-full">{t('note')}
            <input className={control} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          </label>
          <Button disabled={pending} onClick={() => run('decide', action)} className="max-md:min-h-11 max-md:w-full">{t('apply', { count })}</Button>
          <Button variant="secondary" disabled={pending} onClick={() => run('decide', 'escalate')} className="max-md:min-h-11 max-md:w-full">{t('escalate', { count })}</Button>
          {assignees && (
            <>
              <label className="flex flex-col text-xs text-slate-600 max-md:w-full">{t('assignee')}
                <select className={control} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
                  <option value="">{t('chooseAssignee')}</option>
                  {assignees.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
                </select>
              </label>
              <Button variant="secondary" disabled={pending} onClick={() => run('assign', action)} className="max-md:min-h-11 max-md:w-full">{t('assign', { count })}</Button>
            </>
          )}
          <Button variant="ghost" disabled={pending} onClick={() => { selection.clear(); setResult(null); }} className="max-md:min-h-11">{t('clear')}</Button>
        </div>
      )}
      {result && <Alert tone={result.tone}><span className="whitespace-pre-line">{result.text}</span></Alert>}
      {dialog}
    </section>
  );
}
