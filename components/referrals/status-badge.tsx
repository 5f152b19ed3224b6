import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { ReferralStatus } from '@/lib/referrals/status';

const tone = { prepared: 'amber', sent: 'blue', acknowledged: 'green' } as const;

export async function ReferralStatusBadge({ status, reversed }: { status: ReferralStatus; reversed: boolean }) {
  const t = await getTranslations('referrals');
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tone[status]}>{t(`status.${status}`)}</Badge>
      {reversed && <Badge tone="red">{t('sanctionReversed')}</Badge>}
    </span>
  );
}
