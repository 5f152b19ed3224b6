import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { IncidentRisk, IncidentStatus } from '@/db/schema';

const statusTone = { watching: 'blue', active: 'red', contained: 'amber', closed: 'neutral' } as const;
const riskTone = { low: 'neutral', medium: 'blue', high: 'amber', critical: 'red' } as const;

export function IncidentBadges({ status, risk }: { status: IncidentStatus; risk: IncidentRisk }) {
  const t = useTranslations('incidents');
  return (
    <span className="inline-flex gap-1">
      <Badge tone={statusTone[status]}>{t(`status.${status}`)}</Badge>
      <Badge tone={riskTone[risk]}>{t('riskBadge', { risk: t(`risk.${risk}`) })}</Badge>
    </span>
  );
}
