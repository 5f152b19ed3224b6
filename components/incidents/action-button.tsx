'use client';

import { useAction } from '@/components/ui/use-action';
import { Button, type ButtonProps } from '@/components/ui/button';
import { useConfirm, type ConfirmRequest } from '@/components/ui/confirm-dialog';
import type { ActionResult } from '@/lib/actions/result';
import { ActionErrorText } from './action-error';

type Props<I> = {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  label: string;
  variant?: ButtonProps['variant'];
  onDone?: () => void;
  /** Asks first, saying what will happen, when the action is hard to take back. */
  confirm?: ConfirmRequest;
};

/** One click, one server action; the page refreshes on success and shows the refusal otherwise. */
export function ActionButton<I>({ action, input, label, variant = 'secondary', onDone, confirm: ask }: Props<I>) {
  const { run, pending, error } = useAction(action);
  const [confirm, confirmDialog] = useConfirm();
  return (
    <span className="inline-flex flex-col gap-1">
      <Button size="sm" variant={variant} disabled={pending} onClick={async () => { if (!ask || (await confirm(ask))) run(input, onDone); }}>{label}</Button>
      {confirmDialog}
      <ActionErrorText error={error} />
    </span>
  );
}
