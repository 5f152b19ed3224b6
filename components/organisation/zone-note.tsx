'use client';

import { useTimeZone, useTranslations } from 'next-intl';

/** Says which zone a time input is read in: the organisation's, not the browser's. */
export function ZoneNote({ id }: { id?: string }) {
  const t = useTranslations('organisation.timeZone');
  const zone = useTimeZone() ?? 'UTC';
  return <span id={id} className="text-xs font-normal text-slate-500" data-testid="zone-note">{t('note', { zone })}</span>;
}
