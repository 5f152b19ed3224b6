'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionError, ActionResult } from '@/lib/actions/result';

/**
 * Runs a server action in a transition and keeps its error. Forms call it from onSubmit (not through
 * `action=`), so React does not reset the fields and the user's input survives a refusal. On success
 * the page's server data is refreshed.
 */
export function useAction<I, O>(action: (input: I) => Promise<ActionResult<O>>) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const run = (input: I, onSuccess?: (data: O) => void) =>
    start(async () => {
      let result: ActionResult<O>;
      try {
        result = await action(input);
      } catch {
        // The network or the server itself failed before the action could answer.
        result = { ok: false, error: { code: 'internal', message: 'The request failed.' } };
      }
      if (!result.ok) return setError(result.error);
      setError(null);
      onSuccess?.(result.data);
      router.refresh();
    });
  return { run, pending, error, clearError: () => setError(null) };
}

/** Turns an action's error codes into sentences in the user's language. */
export function useErrorText() {
  const t = useTranslations('admin.errors');
  const say = (code: string) => (t.has(code) ? t(code) : code);
  return {
    /** The messages for one field, or undefined when it has none. */
    field(error: ActionError | null, name: string): string | undefined {
      const messages = error?.fields?.[name];
      return messages?.length ? messages.map(say).join(' ') : undefined;
    },
    /**
     * What to say for the form as a whole: messages for fields it does not show inline, or the error's
     * general sentence, or nothing when every problem is already shown next to its field.
     */
    form(error: ActionError | null, inline: readonly string[] = []): string | undefined {
      if (!error) return undefined;
      const fields = Object.entries(error.fields ?? {});
      const other = fields.filter(([k]) => !inline.includes(k)).flatMap(([, v]) => v);
      if (other.length) return other.map(say).join(' ');
      if (fields.length) return undefined;
      return t(`code.${error.code}`);
    },
  };
}
