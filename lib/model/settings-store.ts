import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { modelSettings, standardsVersions } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { defaultPrecheckSettings, settingsFrom, thresholdProblems, type PrecheckSettings } from './precheck-settings';
import { compareSettings, type SettingChange } from './settings-diff';

/** The settings a version uses: its own row, else the newest earlier version's, else the defaults. */
export async function settingsOfVersion(db: Executor, version: number): Promise<PrecheckSettings> {
  const [row] = await queryRows<{ settings: unknown }>(db, sql`
    select settings from model_settings where version <= ${version} order by version desc limit 1`);
  return row ? settingsFrom(row.settings) : defaultPrecheckSettings;
}

/** What version `after` changes in the settings against version `before` (null: against the defaults). */
export async function settingsChanges(db: Executor, before: number | null, after: number): Promise<SettingChange[]> {
  const [a, b] = await Promise.all([before === null ? defaultPrecheckSettings : settingsOfVersion(db, before), settingsOfVersion(db, after)]);
  return compareSettings(a, b);
}

/** Saves the draft's settings; a published version's never change (the trigger refuses it too). */
export async function saveDraftSettings(tx: Executor, version: number, settings: PrecheckSettings, staffId: string) {
  const [v] = await tx.select({ status: standardsVersions.status }).from(standardsVersions).where(eq(standardsVersions.version, version)).for('update');
  if (!v) throw new DomainError('not_found', `There is no standards version ${version}.`, { version: ['unknown_version'] });
  if (v.status !== 'draft') throw new DomainError('conflict', `Version ${version} is published and cannot change: open a new draft.`, { version: ['not_draft'] });
  const problems = {
    ...thresholdProblems(settings.thresholds.default, 'settings.thresholds.default'),
    ...Object.assign({}, ...Object.entries(settings.thresholds.byCategory).map(([c, t]) => thresholdProblems(t, `settings.thresholds.byCategory.${c}`))),
    ...Object.assign({}, ...Object.entries(settings.thresholds.byKind).map(([k, t]) => thresholdProblems(t ?? {}, `settings.thresholds.byKind.${k}`))),
  } as Record<string, string[]>;
  if (Object.keys(problems).length) throw new DomainError('invalid_input', 'Each threshold must rise from remind to hold to block.', problems);
  const before = await settingsOfVersion(tx, version);
  await tx.insert(modelSettings).values({ version, settings, updatedBy: staffId })
    .onConflictDoUpdate({ target: modelSettings.version, set: { settings, updatedBy: staffId, updatedAt: sql`now()` } });
  await tx.update(standardsVersions).set({ updatedAt: sql`now()` }).where(eq(standardsVersions.version, version));
  return { before };
}
