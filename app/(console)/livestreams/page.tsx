import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listRooms, type RoomFilters as Filters } from '@/lib/livestreams/queries';
import { PageHeader } from '@/components/ui/page-header';
import { RoomFilters } from '@/components/livestreams/room-filters';
import { RoomTable } from '@/components/livestreams/room-table';

export const dynamic = 'force-dynamic';

const statuses = ['live', 'stopped', 'ended'] as const;

export default async function LivestreamsPage({ searchParams }: { searchParams: Promise<{ status?: string; watched?: string }> }) {
  const me = await requireStaff('livestream.view');
  const q = await searchParams;
  const filters: Filters = { status: statuses.find((s) => s === q.status) ?? null, watched: q.watched === '1' };
  const [t, rows] = await Promise.all([getTranslations('livestreams'), listRooms(await getDb(), filters)]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={can(me.role, 'comment.moderate') ? <Link className="text-sm text-brand-700 hover:underline" href="/posts">{t('commentSections')}</Link> : undefined}
      />
      <RoomFilters filters={filters} />
      <RoomTable rows={rows} />
    </div>
  );
}
