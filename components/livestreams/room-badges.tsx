import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { RoomRow } from '@/lib/livestreams/queries';

export function RoomBadges({ room }: { room: Pick<RoomRow, 'status' | 'selfHarm' | 'watched' | 'pendingBan'> }) {
  const t = useTranslations('livestreams');
  const tone = { live: 'green', stopped: 'red', ended: 'neutral' } as const;
  return (
    <span className="flex flex-wrap gap-1">
      <Badge tone={tone[room.status]}>{t(`status.${room.status}`)}</Badge>
      {room.selfHarm && <Badge tone="red">{t('selfHarm')}</Badge>}
      {room.watched && <Badge tone="purple" title={t('watchedHint')}>{t('watched')}</Badge>}
      {room.pendingBan && <Badge tone="amber">{t('banPending')}</Badge>}
    </span>
  );
}
