import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { DiffView } from '@/components/standards/diff-view';
import { SettingsChanges } from '@/components/model/settings-changes';
import { StandardsNav } from '@/components/standards/standards-nav';
import { VersionHeading } from '@/components/standards/version-heading';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { compareVersions } from '@/lib/standards/compare';
import { settingsChanges } from '@/lib/model/settings-store';
import { listVersions, loadVersion, localized } from '@/lib/standards/queries';

/** What a published version changed against the one published before it. */
export default async function VersionChangesPage({ params }: { params: Promise<{ version: string }> }) {
  const me = await requireStaff('standards.view');
  const { version } = await params;
  if (!/^\d{1,9}$/.test(version)) notFound();
  const db = await getDb();
  const [t, locale, view, versions] = await Promise.all([getTranslations('standards'), getLocale(), loadVersion(db, Number(version)), listVersions(db)]);
  if (!view || view.summary.status !== 'published') notFound();
  const previous = versions.find((v) => v.status === 'published' && v.version < view.summary.version);
  const [before, changes] = await Promise.all([
    previous ? loadVersion(db, previous.version).then((v) => v!.categories) : [],
    settingsChanges(db, previous?.version ?? null, view.summary.version),
  ]);
  const names = Object.fromEntries(view.categories.map((c) => [c.categoryId, localized(c, 'name', locale)]));
  return (
    <div>
      <PageHeader title={t('changes.title', { version: view.summary.version })}
        description={previous ? t('changes.description', { previous: previous.version }) : t('changes.first')} />
      <StandardsNav active="history" editor={can(me.role, 'standards.edit')} />
      <VersionHeading summary={view.summary} />
      <DiffView comparisons={compareVersions(before, view.categories)} names={names} />
      <div className="mt-3"><SettingsChanges changes={changes} names={names} /></div>
      <p className="mt-3 text-sm"><Link href={`/standards/versions/${view.summary.version}`} className="text-brand-700 hover:underline">{t('changes.full')}</Link></p>
    </div>
  );
}
