'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionError, ActionResult } from '@/lib/actions/result';

/**
 * The console's one way of running an action and showing its result: a server action called in a
 * transition, then the page's server data refreshed (router.refresh) in that same transition. Forms
 * call it from onSubmit (not through `action=`), so React does not reset the fields and the user's
 * input survives a refusal.
 *
 * After an await, React no longer counts state updates as part of the transition, so the success
 * branch starts a transition again: the caller's own state (a "Done" message, cleared fields), `done`
 * and the refreshed lists commit in one render, when the new server data has arrived — never a "Done"
 * above a list that still shows the old state. `pending` stays true until then.
 */
export function useAction<I, O>(action: (input: I) => Promise<ActionResult<O>>) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [done, setDone] = useState(false);
  const run = (input: I, onSuccess?: (data: O) => void) =>
    start(async () => {
      setDone(false);
      let result: ActionResult<O>;
      try {
        result = await action(input);
      } catch {
        // The network or the server itself failed before the action could answer.
        result = { ok: false, error: { code: 'internal', message: 'The request failed.' } };
      }
      start(() => {
        if (!result.ok) return setError(result.error);
        setError(null);
        setDone(true);
        onSuccess?.(result.data);
        router.refresh();
      });
    });
  return { run, pending, error, done, clearError: () => setError(null) };
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
