'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { advanceSession, breakDue, parseSession, type WorkSession } from '@/lib/wellness/work-session';

// Shared by every tab of the console, so two tabs are one stretch of work.
export const WORK_SESSION_KEY = 'bulwark.workSession';
const CHECK_MS = 30_000;

function load(): WorkSession | null {
  try { return parseSession(localStorage.getItem(WORK_SESSION_KEY)); } catch { return null; }
}
function save(state: WorkSession) {
  try { localStorage.setItem(WORK_SESSION_KEY, JSON.stringify(state)); } catch { /* private mode: the reminder just restarts */ }
}

/**
 * A gentle suggestion to take a break after `minutes` of continuous work (the organisation's
 * setting). It does not take focus or block the page; either button dismisses it and starts the next
 * stretch, and ten minutes away starts one too.
 */
export function BreakReminder({ minutes }: { minutes: number }) {
  const t = useTranslations('wellness.break');
  const [due, setDue] = useState(false);

  useEffect(() => {
    let lastWrite = 0;
    const tick = (active: boolean) => {
      const now = Date.now();
      const before = load();
      const next = advanceSession(before, now, active);
      // Activity is frequent; writing it once every few seconds is enough to measure minutes.
      if (next !== before && (now - lastWrite > 5_000 || !before || next.startedAt !== before.startedAt)) {
        save(next);
        lastWrite = now;
      }
      setDue(breakDue(next, now, minutes));
    };
    const onActivity = () => tick(true);
    tick(true);
    const timer = window.setInterval(() => tick(false), CHECK_MS);
    window.addEventListener('keydown', onActivity);
    window.addEventListener('pointerdown', onActivity);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [minutes]);

  const dismiss = () => {
    const now = Date.now();
    save({ startedAt: now, lastActiveAt: now });
    setDue(false);
  };

  if (!due) return null;
  return (
    <section
      role="status"
      aria-label={t('region')}
      data-testid="break-reminder"
      className="fixed inset-x-2 bottom-2 z-40 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950 shadow-lg sm:inset-x-auto sm:right-4 sm:bottom-4 sm:max-w-sm"
    >
      <h2 className="font-semibold">{t('title')}</h2>
      <p className="mt-1">{t('body', { minutes })}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={dismiss} className="min-h-11 rounded-md bg-emerald-700 px-3 py-2 font-medium text-white hover:bg-emerald-800 focus-visible:ring-2 focus-visible:ring-emerald-900 focus-visible:ring-offset-2">{t('taking')}</button>
        <button type="button" onClick={dismiss} className="min-h-11 rounded-md border border-emerald-400 bg-white px-3 py-2 font-medium text-emerald-900 hover:bg-emerald-100 focus-visible:ring-2 focus-visible:ring-emerald-900">{t('later')}</button>
      </div>
    </section>
  );
}
