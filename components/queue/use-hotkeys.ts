'use client';

import { useEffect, useEffectEvent } from 'react';

/**
 * Listens for keys on the whole page. Shortcuts are off while a modal dialog is open, so that the
 * help dialog's own keys (Escape, Tab) do not also act on the page behind it.
 */
let listening = 0;

export function useHotkeys(onKey: (event: KeyboardEvent) => void) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
    onKey(event);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    // Says which page's keys are live: server-rendered rows show before the page can take keys, and
    // browser tests (and assistive tools) can wait for this instead of guessing.
    listening += 1;
    document.documentElement.dataset.hotkeys = window.location.pathname;
    return () => {
      window.removeEventListener('keydown', listener);
      listening -= 1;
      if (listening === 0) delete document.documentElement.dataset.hotkeys;
    };
  }, []);
}

