'use client';

import { useAction } from '@/components/admin/use-action';
import { Button, type ButtonProps } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { ActionErrorText } from './action-error';

type Props<I> = {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  label: string;
  variant?: ButtonProps['variant'];
  onDone?: () => void;
};

/** One click, one server action; the page refreshes on success and shows the refusal otherwise. */
export function ActionButton<I>({ action, input, label, variant = 'secondary', onDone }: Props<I>) {
  const { run, pending, error } = useAction(action);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button size="sm" variant={variant} disabled={pending} onClick={() => run(input, onDone)}>{label}</Button>
      <ActionErrorText error={error} />
    </span>
  );
}
