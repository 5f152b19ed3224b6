import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { countHeld, listVideos } from '@/lib/videos/queries';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/table';
import { KeyboardList } from '@/components/videos/keyboard-list';
import { VideoCard } from '@/components/videos/video-card';
import { memberWellness } from '@/lib/wellness/queries';
import { isSensitiveMedia, mediaTreatment } from '@/lib/wellness/media';
import { nearestExamples } from '@/lib/library/nearest';

export const dynamic = 'force-dynamic';

export default async function VideosPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const me = await requireStaff('video.review');
  const show = (await searchParams).show === 'decided' ? 'decided' : 'held';
  const db = await getDb();
  const [t, held, approved, rejected, wellness] = await Promise.all([
    getTranslations('videos'), countHeld(db),
    show === 'held' ? listVideos(db, 'held') : listVideos(db, 'approved'),
    show === 'held' ? Promise.resolve([]) : listVideos(db, 'rejected'),
    memberWellness(db, me.id),
  ]);
  const mediaFor = (v: (typeof rows)[number]) => {
    const sensitive = isSensitiveMedia({ categoryId: v.categoryId, selfHarm: v.selfHarm, reasons: v.riskReasons });
    return { treatment: mediaTreatment(wellness.preference, sensitive), sensitive };
  };
  const rows = show === 'held' ? approved : [...approved, ...rejected].sort((a, b) => (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0));
  const examples = await nearestExamples(db, rows.map((v) => v.nearestExampleId));
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      <nav aria-label={t('views')} className="flex gap-3 text-sm">
        <Link aria-current={show === 'held' ? 'page' : undefined} className="text-brand-700 hover:underline aria-[current=page]:font-semibold" href="/videos">{t('held', { n: held.held, selfHarm: held.selfHarm })}</Link>
        <Link aria-current={show === 'decided' ? 'page' : undefined} className="text-brand-700 hover:underline aria-[current=page]:font-semibold" href="/videos?show=decided">{t('decided')}</Link>
      </nav>
      {show === 'held' && <p className="text-xs text-slate-600">{t('keys')}</p>}
      {rows.length === 0 ? <EmptyState>{t('empty')}</EmptyState> : (
        <KeyboardList label={t('title')}>
          {rows.map((v, i) => <VideoCard key={v.id} video={v} index={i} media={mediaFor(v)} nearest={v.nearestExampleId ? examples[v.nearestExampleId] : null} />)}
        </KeyboardList>
      )}
    </div>
  );
}
