'use client';

import { useState } from 'react';

/**
 * The queue's multi-selection: case ids (so that a refresh reordering rows keeps the same cases
 * chosen), with an anchor for ranges: shift-click or shift-x selects everything between the last
 * toggled row and this one, as in a mail client.
 */
export function useSelection(max: number) {
  const [ids, setIds] = useState<string[]>([]);
  const [anchor, setAnchor] = useState<string | null>(null);
  const has = (id: string) => ids.includes(id);
  const toggle = (id: string) => {
    setIds((cur) => (cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id].slice(0, max)));
    setAnchor(id);
  };
  const range = (id: string, order: string[]) => {
    const from = anchor ? order.indexOf(anchor) : -1;
    const to = order.indexOf(id);
    if (from < 0 || to < 0) return toggle(id);
    const span = order.slice(Math.min(from, to), Math.max(from, to) + 1);
    setIds((cur) => [...new Set([...cur, ...span])].slice(0, max));
    setAnchor(id);
  };
  return {
    ids, has, toggle, range,
    add: (more: string[]) => setIds((cur) => [...new Set([...cur, ...more])].slice(0, max)),
    remove: (gone: string[]) => setIds((cur) => cur.filter((x) => !gone.includes(x))),
    clear: () => { setIds([]); setAnchor(null); },
  };
}
export type Selection = ReturnType<typeof useSelection>;
