'use client';

import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';

export type KeyHelpItem = { keys: string[]; label: string };

/** A modal list of the page's shortcuts. The native dialog traps focus and closes on Escape. */
export function KeyHelp({ open, onClose, title, closeLabel, items }: { open: boolean; onClose: () => void; title: string; closeLabel: string; items: KeyHelpItem[] }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="key-help-title"
      className="m-auto w-[28rem] max-w-[90vw] rounded-lg border border-slate-300 bg-white p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="key-help-title" className="mb-3 text-base font-semibold">{title}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {items.map((item) => (
          <div key={item.label} className="contents">
            <dt className="flex gap-1">{item.keys.map((k) => <Kbd key={k}>{k}</Kbd>)}</dt>
            <dd className="text-slate-700">{item.label}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex justify-end">
        <Button variant="secondary" size="sm" onClick={onClose} autoFocus>{closeLabel}</Button>
      </div>
    </dialog>
  );
}

export function Kbd({ children }: { children: React.ReactNode }) {
  return <kbd className="min-w-5 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-mono text-xs text-slate-800 shadow-[0_1px_0_#cbd5e1]">{children}</kbd>;
}
