import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { categoryOptions } from '@/lib/categories/queries';
import { loadRoom } from '@/lib/livestreams/queries';
import { proposeHostBan, stopRoom } from '@/lib/livestreams/actions';
import { Panel } from '@/components/incidents/panel';
import { PageHeader } from '@/components/ui/page-header';
import { BanList } from '@/components/livestreams/ban-list';
import { ReasonAction } from '@/components/livestreams/reason-action';
import { RoomBadges } from '@/components/livestreams/room-badges';
import { RoomFacts } from '@/components/livestreams/room-facts';
import { Samples } from '@/components/livestreams/samples';
import { nearestExamples } from '@/lib/library/nearest';

export const dynamic = 'force-dynamic';

export default async function LivestreamPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff('livestream.view');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = await getDb();
  const page = await loadRoom(db, id);
  if (!page) notFound();
  const [t, format, categories] = await Promise.all([getTranslations('livestreams'), getFormatter(), categoryOptions(db, await getLocale())]);
  const { room } = page;
  const act = can(me.role, 'livestream.act');
  const pending = page.bans.some((b) => b.ban.status === 'pending');
  return (
    <div className="space-y-4">
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2 break-words">{room.name} <RoomBadges room={room} /></span>}
        description={t('detail.opened', { at: format.dateTime(room.openedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
        actions={<Link className="text-sm text-brand-700 hover:underline" href="/livestreams">{t('detail.back')}</Link>}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title={t('detail.facts')}><RoomFacts room={room} stoppedByName={page.stoppedByName} /></Panel>
        <Panel title={t('detail.samples', { n: room.intercepted })}><Samples samples={room.samples} categoryNames={Object.fromEntries(categories.map((c) => [c.id, c.name]))} examples={await nearestExamples(db, room.samples.map((s) => s.nearestExampleId))} /></Panel>
        {act && room.status === 'live' && (
          <Panel title={t('stop.title')}>
            <p className="mb-2 text-xs text-slate-600">{t('stop.hint')}</p>
            <ReasonAction id="stop-reason" label={t('stop.submit')} reasonLabel={t('stop.reason')} action={stopRoom} input={{ sectionId: room.sectionId }} variant="danger" />
          </Panel>
        )}
        <Panel title={t('ban.title')}>
          <BanList bans={page.bans} canDecide={can(me.role, 'livestream.approve')} me={me.id} />
          {act && !pending && (
            <div className="mt-3">
              <p className="mb-2 text-xs text-slate-600">{t('ban.hint')}</p>
              <ReasonAction id="ban-reason" label={t('ban.propose')} reasonLabel={t('ban.reason')} action={proposeHostBan} input={{ sectionId: room.sectionId }} variant="secondary" />
            </div>
          )}
        </Panel>
      </div>
    </div>
  );
}
