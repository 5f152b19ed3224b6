import { desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { modelVersions, staff } from '@/db/schema';
import { draftVersion, currentStandardsVersion } from '@/lib/standards/store';
import { previewThresholds, type OutcomeGroup, type ThresholdPreview } from './precheck-preview';
import type { PrecheckSettings } from './precheck-settings';
import { settingsOfVersion } from './settings-store';
import { libraryStamp, trainingRowCount } from './store';

const { weights: _weights, ...summaryColumns } = getTableColumns(modelVersions);

/** Per-category figures on the held-out part, as the classifier's evaluate() reports them. */
export type CategoryFigures = { precision: number; recall: number; f1: number; support?: number };
export type VersionMetrics = {
  accuracy?: number; macroF1?: number; precision?: number; recall?: number; f1?: number;
  heldOut?: number;
  perCategory?: Record<string, CategoryFigures>;
  [key: string]: unknown;
};

export type VersionSummary = Omit<typeof modelVersions.$inferSelect, 'weights' | 'metrics'> & {
  metrics: VersionMetrics; trainedByEmail: string | null; promotedByEmail: string | null;
};

/** Every version, newest first, without the weights. */
export async function listVersions(db: Executor, limit = 50): Promise<VersionSummary[]> {
  const promoter = sql<string | null>`(select email from staff p where p.id = ${modelVersions.promotedBy})`;
  const rows = await db.select({ ...summaryColumns, trainedByEmail: staff.email, promotedByEmail: promoter })
    .from(modelVersions).leftJoin(staff, eq(staff.id, modelVersions.trainedBy))
    .orderBy(desc(modelVersions.trainedAt)).limit(limit);
  return rows.map((r) => ({ ...r, metrics: (r.metrics ?? {}) as VersionMetrics }));
}

export type ModelOverview = {
  versions: VersionSummary[];
  promoted: VersionSummary | null;
  /** The newest candidate, shown beside the promoted version. */
  candidate: VersionSummary | null;
  importedRows: number;
  acceptedExamples: number;
  /** True when the library changed since the newest version was trained. */
  libraryChanged: boolean;
  standardsVersion: number | null;
  draftVersion: number | null;
  /** The settings in force (published) and the draft's, which the admin edits. */
  settings: PrecheckSettings;
  draftSettings: PrecheckSettings | null;
  canRollBack: boolean;
};

export async function modelOverview(db: Executor): Promise<ModelOverview> {
  const [versions, importedRows, stamp, standardsVersion, draft] = await Promise.all([
    listVersions(db), trainingRowCount(db), libraryStamp(db), currentStandardsVersion(db), draftVersion(db),
  ]);
  const [{ n: acceptedExamples }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from library_examples where status::text = 'accepted'`);
  const promoted = versions.find((v) => v.status === 'promoted') ?? null;
  const candidate = versions.find((v) => v.status === 'candidate') ?? null;
  return {
    versions, promoted, candidate, importedRows, acceptedExamples,
    libraryChanged: versions.length === 0 || versions[0].libraryStamp !== stamp,
    standardsVersion, draftVersion: draft,
    settings: await settingsOfVersion(db, standardsVersion ?? 0),
    draftSettings: draft === null ? null : await settingsOfVersion(db, draft),
    canRollBack: !!promoted && versions.some((v) => v.status === 'retired' && v.promotedAt !== null),
  };
}

/** Last week's pre-check outcomes, grouped small enough to re-decide in the browser whatever the traffic: scores floored to hundredths (as counted), exact for thresholds set in hundredths; the week starts at the hour. */
export async function recentOutcomes(db: Executor, now = new Date()): Promise<OutcomeGroup[]> {
  const since = new Date(now.getTime() - 7 * 24 * 3600_000).toISOString();
  const rows = await queryRows<{ kind: OutcomeGroup['kind']; category_id: string | null; score: number; decision: OutcomeGroup['decision']; n: number }>(db, sql`
    select kind, category_id, (score_cents / 100.0)::float8 as score, decision, sum(count)::int as n
    from precheck_outcome_counts where hour >= date_trunc('hour', ${since}::timestamptz)
    group by 1, 2, 3, 4`);
  return rows.map((r) => ({ kind: r.kind, categoryId: r.category_id, score: Number(r.score), decision: r.decision, count: r.n }));
}

export async function previewSettings(db: Executor, settings: PrecheckSettings, now = new Date()): Promise<ThresholdPreview> {
  return previewThresholds(await recentOutcomes(db, now), settings);
}
