'use client';

import { useTranslations } from 'next-intl';
import type { SuggestionReason } from '@/lib/sanctions/ladder';

export function useDurationText() {
  const t = useTranslations('sanctions.durations');
  return (hours: number | null) => (hours == null ? t('none') : t.has(`h${hours}`) ? t(`h${hours}` as 'h24') : hours % 24 === 0 ? `${hours / 24} d` : `${hours} h`);
}

/** Why the ladder suggested what it did, one reason a line, in the reader's language. */
export function SuggestionReasons({ reasons }: { reasons: SuggestionReason[] }) {
  const t = useTranslations('sanctions');
  const type = (x: string) => t(`types.${x}` as 'types.mute');
  const role = (x: string) => t(`roles.${x}` as 'roles.inciter');
  const duration = useDurationText();
  const line = (r: SuggestionReason): string => {
    switch (r.code) {
      case 'role': return t('reasons.role', { role: role(r.role) });
      case 'strikes': return t('reasons.strikes', { count: r.count, days: r.days });
      case 'minor': return t('reasons.minor', { from: r.fromStrikes, to: r.toStrikes });
      case 'active': return t('reasons.active', { types: r.types.map(type).join(', ') });
      case 'step': return t('reasons.step', { role: role(r.role), min: r.minStrikes, type: r.durationHours ? `${type(r.type)} (${duration(r.durationHours)})` : type(r.type) });
      case 'noStep': return t('reasons.noStep', { role: role(r.role) });
      case 'needsApproval': return t('reasons.needsApproval');
      case 'contentStrikes': return t('reasons.contentStrikes', { count: r.count });
      case 'notMilder': return t('reasons.notMilder', { type: r.durationHours ? `${type(r.type)} (${duration(r.durationHours)})` : type(r.type) });
      case 'closed': return t('reasons.closed');
    }
  };
  return (
    <ul className="list-disc pl-5 text-xs text-slate-700" data-testid="suggestion-reasons">
      {reasons.map((r, i) => <li key={i}>{line(r)}</li>)}
    </ul>
  );
}
