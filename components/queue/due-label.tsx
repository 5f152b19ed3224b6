'use client';

import { useTranslations } from 'next-intl';
import { formatDuration } from './time';
import { useNow } from './use-now';

/** "in 42m" or "12m overdue", against a clock the parent ticks (one timer for a whole list). */
export function DueLabel({ dueAt, now, decided }: { dueAt: string | Date; now: number; decided?: boolean }) {
  const t = useTranslations('queue.time');
  const due = new Date(dueAt).getTime();
  const left = due - now;
  const text = formatDuration(left, (u, n) => t(u, { n }), t('lessThanMinute'));
  const late = left < 0 && !decided;
  return (
    <time dateTime={new Date(due).toISOString()} suppressHydrationWarning className={late ? 'font-semibold text-red-700' : 'text-slate-700'}>
      {left < 0 ? t('overdue', { time: text }) : t('in', { time: text })}
    </time>
  );
}

/** A due time on its own, with its own clock. */
export function LiveDue({ dueAt, serverNow, decided }: { dueAt: string | Date; serverNow: number; decided?: boolean }) {
  return <DueLabel dueAt={dueAt} now={useNow(serverNow)} decided={decided} />;
}

export function Ago({ at, now }: { at: string | Date; now: number }) {
  const t = useTranslations('queue.time');
  const text = formatDuration(now - new Date(at).getTime(), (u, n) => t(u, { n }), t('lessThanMinute'));
  return <time dateTime={new Date(at).toISOString()} suppressHydrationWarning>{t('ago', { time: text })}</time>;
}
