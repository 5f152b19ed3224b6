'use client';

import { useEffect, useEffectEvent } from 'react';

/**
 * Listens for keys on the whole page. Shortcuts are off while a modal dialog is open, so that the
 * help dialog's own keys (Escape, Tab) do not also act on the page behind it.
 */
export function useHotkeys(onKey: (event: KeyboardEvent) => void) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
    onKey(event);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

