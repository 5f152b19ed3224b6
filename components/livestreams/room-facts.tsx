import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { RoomRow } from '@/lib/livestreams/queries';

export async function RoomFacts({ room, stoppedByName }: { room: RoomRow; stoppedByName: string | null }) {
  const [t, format] = await Promise.all([getTranslations('livestreams'), getFormatter()]);
  const row = (label: string, value: React.ReactNode) => <><dt className="text-slate-500">{label}</dt><dd className="break-words">{value}</dd></>;
  return (
    <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-sm">
      {row(t('fields.room'), <span className="break-all font-mono text-xs">{room.externalId}</span>)}
      {row(t('fields.host'), <span className="break-all font-mono text-xs">{room.hostAccountId}</span>)}
      {row(t('fields.viewers'), t('detail.viewers', { now: room.viewers, peak: room.peakViewers }))}
      {row(t('fields.intercepted'), t('detail.intercepted', { n: room.intercepted, of: room.bulletComments }))}
      {row(t('fields.incident'), room.incidentTitle ? <Link className="text-brand-700 hover:underline" href={`/incidents/${room.incidentId}`}>{room.incidentTitle}</Link> : '—')}
      {room.watched && row(t('watched'), t('watchedHint'))}
      {room.stoppedAt && row(t('detail.stopped'), <span className="whitespace-pre-wrap">{t('detail.stoppedBy', { name: stoppedByName ?? '?', at: format.dateTime(room.stoppedAt, { dateStyle: 'short', timeStyle: 'short' }) })}{'\n'}{room.stopReason}</span>)}
      {room.endedAt && row(t('detail.ended'), format.dateTime(room.endedAt, { dateStyle: 'short', timeStyle: 'short' }))}
    </dl>
  );
}
