'use client';

import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { useHotkeys } from '@/components/queue/use-hotkeys';

/**
 * j / k move between the cards of a review queue (as in mail readers), from anywhere on the page;
 * typing in a field is left alone. Tab still walks every control in order, so the keys are a
 * shortcut, not the only way.
 */
export function KeyboardList({ children, label }: { children: ReactNode; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [decided, setDecided] = useState<string | null>(null);
  useHotkeys((e) => {
    const target = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (e.key !== 'j' && e.key !== 'k') return;
    const cards = [...(ref.current?.querySelectorAll<HTMLElement>('[data-video-card]') ?? [])];
    if (!cards.length) return;
    const current = cards.findIndex((c) => c.contains(target));
    const next = current < 0 ? 0 : e.key === 'j' ? Math.min(current + 1, cards.length - 1) : Math.max(current - 1, 0);
    e.preventDefault();
    cards[next].focus();
    cards[next].scrollIntoView({ block: 'nearest' });
  });
  return (
    <div ref={ref} role="region" aria-label={label} className="space-y-3">
      {decided && <Alert tone="success">{decided}</Alert>}
      <Announce.Provider value={setDecided}>{children}</Announce.Provider>
    </div>
  );
}

/** A decided card leaves the held list; what became of it is said at the top of the list instead. */
const Announce = createContext<(message: string) => void>(() => {});
export const useAnnounceDecision = () => useContext(Announce);
