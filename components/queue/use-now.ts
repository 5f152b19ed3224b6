'use client';

import { useEffect, useState } from 'react';

/** The current time in ms, ticking every `everyMs`; starts from `initial` (the server's clock) so the first render hydrates. */
export function useNow(initial: number, everyMs = 30_000): number {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
