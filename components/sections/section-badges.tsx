import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { Section } from '@/db/schema';

const statusTone = { open: 'neutral', dispersed: 'amber', creation_suspended: 'purple', closed: 'red' } as const;

export function StatusBadge({ status }: { status: Section['status'] }) {
  const t = useTranslations('sections.status');
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

/** Status plus what needs attention first: self-harm items, suspected bot submissions, a pending closure. */
export function SectionBadges({ section, pendingClosure }: { section: Section; pendingClosure?: boolean }) {
  const t = useTranslations('sections');
  return (
    <span className="flex flex-wrap gap-1">
      <StatusBadge status={section.status} />
      {section.selfHarmItems > 0 && <Badge tone="red">{t('badges.selfHarm', { n: section.selfHarmItems })}</Badge>}
      {section.botSuspectedAt && <Badge tone="purple">{t('badges.bot', { n: section.botAccounts })}</Badge>}
      {pendingClosure && <Badge tone="blue">{t('badges.pendingClosure')}</Badge>}
    </span>
  );
}

export function Share({ flagged, total }: { flagged: number; total: number }) {
  const pct = total > 0 ? Math.round((flagged / total) * 1000) / 10 : 0;
  return <span className="tabular-nums">{pct}% <span className="text-xs text-slate-500">({flagged}/{total})</span></span>;
}
