'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionError } from '@/lib/actions/result';
import { saveDraft } from '@/lib/standards/actions';
import type { EditableField } from '@/lib/standards/fields';

export type Values = Partial<Record<EditableField, string | number | boolean>>;
export type SaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

const DELAY_MS = 800;

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
  const inFlight = useRef(false);
  const again = useRef(false);

  const flush = useCallback(async () => {
    if (inFlight.current) { again.current = true; return; }
    const changes = Object.fromEntries(Object.entries(latest.current).filter(([k, v]) => saved.current[k as EditableField] !== v));
    if (Object.keys(changes).length === 0) { setState('saved'); return; }
    inFlight.current = true;
    setState('saving');
    const result = await saveDraft({ version, categoryId, changes }).catch((): { ok: false; error: ActionError } => ({ ok: false, error: { code: 'internal', message: '' } }));
    inFlight.current = false;
    if (result.ok) {
      saved.current = { ...saved.current, ...changes };
      setError(null);
      setState('saved');
    } else {
      setError(result.error);
      setState('error');
    }
    if (again.current) { again.current = false; void flush(); }
  }, [version, categoryId]);

  const set = useCallback((field: EditableField, value: string | number | boolean) => {
    latest.current = { ...latest.current, [field]: value };
    setValues(latest.current);
    setState('unsaved');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DELAY_MS);
  }, [flush]);

  // Leaving the page right after typing still saves the last edit.
  useEffect(() => () => { if (timer.current) { clearTimeout(timer.current); void flush(); } }, [flush]);

  const fieldError = (field: EditableField) => error?.fields?.[`changes.${field}`]?.[0];
  return { values, set, state, error, fieldError };
}
