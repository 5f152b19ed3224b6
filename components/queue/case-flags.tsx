import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';

type Props = { involvesMinor: boolean; selfHarm: boolean; overdue: boolean; status?: 'open' | 'escalated' | 'decided' };

/** The marks that decide how fast a case must be handled, in the order the queue weighs them. */
export function CaseFlags({ involvesMinor, selfHarm, overdue, status }: Props) {
  const t = useTranslations('queue.badges');
  return (
    <span className="inline-flex flex-wrap gap-1">
      {involvesMinor && <Badge tone="red">{t('minor')}</Badge>}
      {selfHarm && <Badge tone="purple">{t('selfHarm')}</Badge>}
      {overdue && status !== 'decided' && <Badge tone="amber">{t('overdue')}</Badge>}
      {status === 'escalated' && <Badge tone="blue">{t('escalated')}</Badge>}
      {status === 'decided' && <Badge tone="green">{t('decided')}</Badge>}
    </span>
  );
}
