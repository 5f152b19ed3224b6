'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Kbd } from '@/components/queue/key-help';
import { useHotkeys } from '@/components/queue/use-hotkeys';
import type { DecisionAction, DismissalReason } from '@/db/schema';
import type { ActionError } from '@/lib/actions/result';
import { decideCase } from '@/lib/reports/actions';
import type { DecisionOutcome } from '@/lib/reports/decide';
import { decisionActions, dismissalReasons, needsCategory, needsReason } from '@/lib/reports/decision-rules';
import { caseCommand, decisionKeys, reasonKeys } from '@/lib/reports/keys';
import type { CategoryOption } from '@/lib/categories/queries';

type Props = {
  caseId: string;
  escalated: boolean;
  categories: CategoryOption[];
  defaultCategoryId: string | null;
  onDecided: (outcome: DecisionOutcome) => void;
  onHelp: () => void;
  onCategoryChange?: (categoryId: string | null) => void;
};

const tone: Record<DecisionAction, string> = {
  not_violation: 'border-emerald-300 hover:bg-emerald-50',
  fold: 'border-amber-300 hover:bg-amber-50',
  remove: 'border-red-300 hover:bg-red-50',
  warn: 'border-orange-300 hover:bg-orange-50',
  escalate: 'border-blue-300 hover:bg-blue-50',
};

/** One key picks the decision, Enter confirms it: two keystrokes for the common case. */
export function DecisionPanel({ caseId, escalated, categories, defaultCategoryId, onDecided, onHelp, onCategoryChange }: Props) {
  const t = useTranslations('case');
  const [chosen, setChosen] = useState<DecisionAction | null>(null);
  const [categoryId, setCategoryId] = useState(defaultCategoryId ?? '');
  const [reason, setReason] = useState<DismissalReason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, start] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const categoryRef = useRef<HTMLSelectElement>(null);
  const actions = decisionActions.filter((a) => !(escalated && a === 'escalate'));

  // Focus goes where the next keystrokes belong, never to Confirm: to the reasons when one is needed
  // (1 2 3 pick, Enter confirms), else to the note, so a moderator who starts typing writes a note
  // instead of switching the decision with a letter and pressing Confirm with a space.
  useEffect(() => {
    if (!chosen) return;
    const reasonInput = formRef.current?.querySelector<HTMLInputElement>('input[name="reason"]:checked, input[name="reason"]');
    (needsReason(chosen) ? reasonInput : noteRef.current)?.focus();
  }, [chosen]);

  const choose = (action: DecisionAction) => { setChosen(action); setError(null); };
  // A second Enter before React re-renders must not send a second decision.
  const sending = useRef(false);
  const submit = () => {
    if (!chosen || pending || sending.current) return;
    if (needsCategory(chosen) && !categoryId) {
      setError({ code: 'invalid_input', message: '', fields: { categoryId: [''] } });
      return categoryRef.current?.focus();
    }
    if (needsReason(chosen) && !reason) return setError({ code: 'invalid_input', message: '', fields: { reason: [''] } });
    sending.current = true;
    start(async () => {
      const result = await decideCase({
        caseId, action: chosen, categoryId: categoryId || undefined, reason: needsReason(chosen) ? reason ?? undefined : undefined, note: note.trim() || undefined,
      }).catch((): { ok: false; error: ActionError } => ({ ok: false, error: { code: 'internal', message: '' } }));
      if (!result.ok) {
        sending.current = false;
        return setError(result.error);
      }
      onDecided(result.data);
    });
  };

  useHotkeys((e) => {
    const command = caseCommand(e);
    if (!command) return;
    if (command.type === 'cancel') {
      const field = document.activeElement as HTMLElement | null;
      if (field && field !== document.body && ['TEXTAREA', 'SELECT', 'INPUT'].includes(field.tagName)) field.blur();
      else setChosen(null);
      return;
    }
    // On Confirm, Cancel or any control of the open form, keys belong to that control (Enter and
    // Space press it), never to the shortcuts that would change what it confirms.
    if (command.type !== 'help' && focusIsOnFormButton(formRef.current)) return;
    e.preventDefault();
    if (command.type === 'help') onHelp();
    else if (command.type === 'choose' && actions.includes(command.action)) choose(command.action);
    else if (command.type === 'reason' && chosen === 'not_violation') setReason(command.reason);
    else if (command.type === 'confirm') submit();
  });

  const fieldError = (name: string) => (error?.fields?.[name] ? t(`errors.${name}` as 'errors.reason') : undefined);
  const formError = error && !error.fields?.categoryId && !error.fields?.reason ? t(`errors.${error.code}` as 'errors.internal') : undefined;

  return (
    <div className="space-y-3" data-testid="decision-panel">
      <div role="group" aria-label={t('panel.title')} className="grid grid-cols-1 gap-1.5">
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            aria-pressed={chosen === a}
            aria-keyshortcuts={decisionKeys[a]}
            onClick={() => choose(a)}
            className={`flex min-h-11 items-center justify-between rounded-md border px-2.5 py-1.5 text-left text-sm lg:min-h-0 ${tone[a]} ${chosen === a ? 'ring-2 ring-brand-600' : 'bg-white'}`}
          >
            <span><span className="font-medium">{t(`actions.${a}`)}</span> <span className="text-xs text-slate-500">{t(`actionHelp.${a}`)}</span></span>
            <Kbd>{decisionKeys[a]}</Kbd>
          </button>
        ))}
      </div>
      {chosen && (
        <form ref={formRef} aria-label={t('panel.formLabel', { action: t(`actions.${chosen}`) })}
          className="space-y-2.5 rounded-md border border-slate-200 bg-slate-50 p-2.5" onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <label className="block text-sm">
            <span className="font-medium text-slate-700">{needsCategory(chosen) ? t('panel.category') : t('panel.categoryOptional')}</span>
            <select ref={categoryRef} value={categoryId} onChange={(e) => { setCategoryId(e.target.value); onCategoryChange?.(e.target.value || null); }} aria-invalid={!!fieldError('categoryId') || undefined}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500">
              <option value="">{t('panel.chooseCategory')}</option>
              {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
            {fieldError('categoryId') && <span role="alert" className="mt-1 block text-sm text-red-700">{fieldError('categoryId')}</span>}
          </label>
          {needsReason(chosen) && (
            <fieldset>
              <legend className="text-sm font-medium text-slate-700">{t('panel.reason')}</legend>
              {dismissalReasons.map((r) => (
                <label key={r} className="mt-1 flex items-center gap-2 text-sm">
                  <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} className="size-4" />
                  <span className="flex-1">{t(`reasons.${r}`)}</span>
                  <Kbd>{reasonKeys[r]}</Kbd>
                </label>
              ))}
              {fieldError('reason') && <span role="alert" className="mt-1 block text-sm text-red-700">{fieldError('reason')}</span>}
            </fieldset>
          )}
          <label className="block text-sm">
            <span className="font-medium text-slate-700">{t('panel.note')}</span>
            <textarea ref={noteRef} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000}
              onKeyDown={(e) => { if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) { e.preventDefault(); submit(); } }}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
          </label>
          {formError && <Alert>{formError}</Alert>}
          <div className="flex items-center gap-2">
            <button type="submit" disabled={pending} data-testid="confirm-decision"
              className={`rounded-md px-3.5 py-2 text-sm font-medium text-white disabled:bg-slate-400 ${chosen === 'remove' ? 'bg-red-600 hover:bg-red-700' : 'bg-brand-600 hover:bg-brand-700'}`}>
              {pending ? t('panel.saving') : t('panel.confirm', { action: t(`actions.${chosen}`) })}
            </button>
            <Button variant="ghost" onClick={() => setChosen(null)}>{t('panel.cancel')}</Button>
          </div>
          <p className="text-xs text-slate-500">{t('panel.confirmHint')}</p>
        </form>
      )}
    </div>
  );
}

function focusIsOnFormButton(form: HTMLFormElement | null): boolean {
  const active = document.activeElement;
  return !!form && !!active && active.tagName === 'BUTTON' && form.contains(active);
}
