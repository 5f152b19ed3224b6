'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { searchConsole } from '@/lib/palette/actions';
import type { PaletteHit } from '@/lib/palette/search';

/** A page the role may open, named in both languages so either finds it. */
export type PalettePage = { href: string; label: string; en: string; zh: string };
type Item = { key: string; href: string; kind: 'page' | PaletteHit['kind']; label: string; detail?: string };

const DEBOUNCE_MS = 180;
const isOpenKey = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'k' || e.key === 'K');

/**
 * Ctrl/⌘-K from any console page (or the header button, for touch): jump to a page by name in
 * either language, or to a case (full or short id), an account or an incident found on the server.
 * An ARIA combobox: arrows move through the list, Enter opens, Escape closes.
 */
export function CommandPalette({ pages }: { pages: PalettePage[] }) {
  const t = useTranslations('palette');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isOpenKey(e)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-keyshortcuts="Control+K Meta+K" aria-haspopup="dialog"
        className="flex items-center gap-2 rounded-md border border-slate-300 px-2 py-1 text-slate-600 hover:bg-slate-50 max-md:min-h-11">
        <span>{t('button')}</span>
        <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[11px] max-md:hidden">Ctrl K</kbd>
      </button>
      {open && <PaletteDialog pages={pages} onClose={() => setOpen(false)} />}
    </>
  );
}

function PaletteDialog({ pages, onClose }: { pages: PalettePage[]; onClose: () => void }) {
  const t = useTranslations('palette');
  const tq = useTranslations('queue');
  const router = useRouter();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<PaletteHit[]>([]);
  const [searching, setSearching] = useState(false);
  const [active, setActive] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  // The server lookup, debounced; an answer to an older query is dropped.
  useEffect(() => {
    const typed = q.trim();
    const mine = ++latest.current;
    if (typed.length < 2) { setHits([]); setSearching(false); return; }
    setSearching(true);
    const timer = setTimeout(async () => {
      const result = await searchConsole({ q: typed }).catch(() => null);
      if (mine !== latest.current) return;
      setSearching(false);
      setHits(result?.ok ? result.data : []);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q]);

  const needle = q.trim().toLowerCase();
  const pageItems: Item[] = pages
    .filter((p) => !needle || [p.label, p.en, p.zh, p.href].some((s) => s.toLowerCase().includes(needle)))
    .slice(0, needle ? 8 : pages.length)
    .map((p) => ({ key: `page:${p.href}`, href: p.href, kind: 'page', label: p.label, detail: p.href }));
  const hitItems: Item[] = hits.map((h) => ({
    key: `${h.kind}:${h.id}`, href: h.href, kind: h.kind, label: h.label,
    detail: h.kind === 'case' ? `${t(`caseStatus.${h.status}` as 'caseStatus.open')} · ${tq(`channels.${h.channel}` as 'channels.post')}`
      : h.kind === 'incident' ? t(`incidentStatus.${h.status}` as 'incidentStatus.active') : h.detail,
  }));
  const items = [...hitItems.filter((i) => i.kind === 'case'), ...pageItems, ...hitItems.filter((i) => i.kind !== 'case')];
  const current = Math.min(active, Math.max(items.length - 1, 0));
  const optionId = (i: number) => `${id}-option-${i}`;

  const go = (item: Item | undefined) => {
    if (!item) return;
    onClose();
    router.push(item.href);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((current + 1) % Math.max(items.length, 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((current - 1 + items.length) % Math.max(items.length, 1)); }
    else if (e.key === 'Home') { e.preventDefault(); setActive(0); }
    else if (e.key === 'End') { e.preventDefault(); setActive(items.length - 1); }
    else if (e.key === 'Enter') { e.preventDefault(); go(items[current]); }
  };
  useEffect(() => { document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' }); });

  return (
    <dialog ref={ref} aria-label={t('title')} onCancel={(e) => { e.preventDefault(); onClose(); }}
      onClick={(e) => { if (e.target === ref.current) onClose(); }}
      className="mt-[10vh] w-[min(36rem,calc(100vw-1rem))] rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40">
      <div className="border-b border-slate-200 p-2">
        <input
          autoFocus role="combobox" aria-expanded={items.length > 0} aria-controls={`${id}-list`} aria-autocomplete="list"
          aria-activedescendant={items.length ? optionId(current) : undefined} aria-label={t('label')} aria-describedby={`${id}-hint`}
          value={q} onChange={(e) => { setQ(e.target.value); setActive(0); }} onKeyDown={onKeyDown}
          placeholder={t('placeholder')} autoComplete="off" spellCheck={false}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-base focus:border-brand-600"
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{t('hint')}</p>
      </div>
      <ul id={`${id}-list`} role="listbox" aria-label={t('results')} className="max-h-[60vh] overflow-y-auto p-1">
        {items.map((item, i) => (
          <li key={item.key} id={optionId(i)} role="option" aria-selected={i === current}
            onMouseMove={() => setActive(i)} onClick={() => go(item)}
            className={`flex cursor-pointer items-baseline gap-2 rounded px-2 py-2 text-sm max-md:py-3 ${i === current ? 'bg-blue-50 outline outline-1 outline-brand-600' : ''}`}>
            <span className="w-16 shrink-0 text-xs text-slate-500">{t(`kinds.${item.kind}`)}</span>
            <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{item.label}</span>
            {item.detail && <span className="shrink-0 truncate text-xs text-slate-500 max-md:max-w-[40%]">{item.detail}</span>}
          </li>
        ))}
      </ul>
      <p role="status" className="px-3 pb-2 text-xs text-slate-500">
        {searching ? t('searching') : items.length === 0 ? t('nothing') : t('count', { count: items.length })}
      </p>
    </dialog>
  );
}
