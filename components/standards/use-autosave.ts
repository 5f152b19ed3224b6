'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionError } from '@/lib/actions/result';
import { saveDraft } from '@/lib/standards/actions';
import type { EditableField } from '@/lib/standards/fields';

export type Values = Partial<Record<EditableField, string | number | boolean>>;
export type SaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

const DELAY_MS = 800;

// Every editor's "save now", so leaving for the diff first writes what is still waiting.
const savers = new Set<() => Promise<void>>();
export async function saveAllNow() {
  await Promise.all([...savers].map((save) => save()));
}

/**
 * Saves a draft category while the admin types: after a pause, only the fields that differ from
 * what was last saved, one request at a time. Edits made during a save go out in the next one.
 * Field errors come back keyed by field name.
 */
export function useAutosave(version: number, categoryId: string, initial: Values) {
  const [values, setValues] = useState(initial);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<ActionError | null>(null);
  const latest = useRef(initial);
  const saved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);

  const save = useCallback(async () => {
    const changes = Object.fromEntries(Object.entries(latest.current).filter(([k, v]) => saved.current[k as EditableField] !== v));
    if (Object.keys(changes).length === 0) { setError(null); setState('saved'); return; }
    setState('saving');
    const result = await saveDraft({ version, categoryId, changes }).catch((): { ok: false; error: ActionError } => ({ ok: false, error: { code: 'internal', message: '' } }));
    if (result.ok) {
      saved.current = { ...saved.current, ...changes };
      setError(null);
      // Edits typed during the request are still waiting for their own save.
      setState(timer.current ? 'unsaved' : 'saved');
    } else {
      setError(result.error);
      setState('error');
    }
  }, [version, categoryId]);

  /** Saves now, after any save already on its way; resolves once everything typed so far was sent. */
  const flush = useCallback(async (): Promise<void> => {
    while (running.current) await running.current;
    running.current = save().finally(() => { running.current = null; });
    await running.current;
  }, [save]);

  useEffect(() => {
    const saveNow = async () => {
      if (timer.current) { clearTimeout(timer.current); timer.current = null; }
      await flush();
    };
    savers.add(saveNow);
    return () => { savers.delete(saveNow); };
  }, [flush]);

  const set = useCallback((field: EditableField, value: string | number | boolean) => {
    latest.current = { ...latest.current, [field]: value };
    setValues(latest.current);
    setState('unsaved');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => { timer.current = null; void flush(); }, DELAY_MS);
  }, [flush]);

  // Leaving the page right after typing still saves the last edit.
  useEffect(() => () => { if (timer.current) { clearTimeout(timer.current); void flush(); } }, [flush]);

  const fieldError = (field: EditableField) => error?.fields?.[`changes.${field}`]?.[0];
  return { values, set, state, error, fieldError };
}
