import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { modelOverview, recentOutcomes } from '@/lib/model/queries';
import { knownCategoryIds } from '@/lib/library/import';
import { categoryOptions } from '@/lib/categories/queries';
import { PageHeader } from '@/components/ui/page-header';
import { TrainPanel } from '@/components/model/train-panel';
import { VersionCompare } from '@/components/model/version-compare';
import { CalibrationTable } from '@/components/model/calibration';
import { VersionList } from '@/components/model/version-list';
import { SettingsEditor } from '@/components/model/settings-editor';

export const dynamic = 'force-dynamic';

export default async function ModelPage() {
  const me = await requireStaff('model.view');
  const db = await getDb();
  const [t, overview, outcomes, categories, options] = await Promise.all([
    getTranslations('model'), modelOverview(db), recentOutcomes(db), knownCategoryIds(db), categoryOptions(db, await getLocale()),
  ]);
  // Categories by their names in the reader's language, never their ids.
  const names = Object.fromEntries(options.map((c) => [c.id, c.name]));
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      <TrainPanel overview={{
        promotedId: overview.promoted?.id ?? null, acceptedExamples: overview.acceptedExamples,
        importedRows: overview.importedRows, libraryChanged: overview.libraryChanged,
      }} canTrain={can(me.role, 'model.train')} />
      <VersionCompare promoted={overview.promoted} candidate={overview.candidate} names={names} />
      <CalibrationTable promoted={overview.promoted} candidate={overview.candidate} />
      <VersionList versions={overview.versions} canPromote={can(me.role, 'model.promote')} canRollBack={overview.canRollBack} />
      <SettingsEditor
        published={overview.settings} draft={overview.draftSettings} draftVersion={overview.draftVersion}
        standardsVersion={overview.standardsVersion} outcomes={outcomes} categories={[...categories].sort()} names={names}
        canEdit={can(me.role, 'standards.edit')}
      />
    </div>
  );
}
