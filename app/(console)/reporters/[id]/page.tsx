import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { categoryOptions } from '@/lib/categories/queries';
import { loadReporterView } from '@/lib/reporters/queries';
import { PageHeader } from '@/components/ui/page-header';
import { ReporterRecordPanel, ReporterReports } from '@/components/reporters/reporter-record';
import { MuteControls } from '@/components/reporters/mute-controls';

export const dynamic = 'force-dynamic';

/** A reporter's history and accuracy, reached from a case's reports; supervisors mute and unmute here. */
export default async function ReporterPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff('reporter.view');
  const raw = (await params).id;
  let id = raw;
  try { id = decodeURIComponent(raw); } catch { /* a stray % in a platform id: use it as given */ }
  if (!id || id.length > 200) notFound();
  const db = await getDb();
  const view = await loadReporterView(db, id);
  if (!view) notFound();
  const [t, categories] = await Promise.all([getTranslations('reporters'), categoryOptions(db, await getLocale())]);
  const names = new Map(categories.map((c) => [c.id, c.name]));
  return (
    <div className="space-y-4">
      <PageHeader
        title={<span className="break-all">{t('title', { id })}</span>}
        description={t('description')}
        actions={can(me.role, 'account.view') ? <Link href={`/accounts/${encodeURIComponent(id)}`} className="text-sm text-brand-700 hover:underline">{t('account')}</Link> : undefined}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <ReporterRecordPanel view={view} />
        <MuteControls reporterId={id} mutes={view.mutes} muted={view.muted} mayMute={can(me.role, 'reporter.mute')} />
      </div>
      <ReporterReports view={view} categoryName={(cid) => (cid ? names.get(cid) ?? cid : '—')} />
    </div>
  );
}
