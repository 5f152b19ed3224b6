import type { ReactNode } from 'react';

/** A titled block of the case page; the title names the region for screen readers. */
export function Panel({ id, title, aside, children }: { id: string; title: ReactNode; aside?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-md border border-slate-200 bg-white">
      <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-3 py-2">
        <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">{title}</h2>
        {aside}
      </div>
      <div className="px-3 py-2.5">{children}</div>
    </section>
  );
}
