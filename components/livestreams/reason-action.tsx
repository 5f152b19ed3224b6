'use client';

import { useState } from 'react';
import { useAction } from '@/components/ui/use-action';
import { ActionErrorText } from '@/components/incidents/action-error';
import { Button, type ButtonProps } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/actions/result';

type Props<I> = {
  id: string;
  label: string;
  reasonLabel: string;
  action: (input: I & { reason: string }) => Promise<ActionResult<unknown>>;
  input: I;
  variant?: ButtonProps['variant'];
};

/** A server action that needs a written reason: the field, the button and the refusal if any. */
export function ReasonAction<I>({ id, label, reasonLabel, action, input, variant = 'primary' }: Props<I>) {
  const act = useAction(action);
  const [reason, setReason] = useState('');
  return (
    <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); act.run({ ...input, reason }, () => setReason('')); }}>
      <Field id={id} label={reasonLabel}>
        <Input id={id} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <ActionErrorText error={act.error} />
      <Button type="submit" size="sm" variant={variant} disabled={act.pending}>{label}</Button>
    </form>
  );
}
