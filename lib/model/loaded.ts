import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { modelVersions } from '@/db/schema';
import { loadClassifier, type Classifier } from './index';
import { defaultPrecheckSettings, settingsFrom, type PrecheckSettings } from './precheck-settings';

/**
 * The promoted model as the app serves it: loaded once, held in memory, swapped whole when another
 * version is promoted. A caller takes one `ServingModel` and uses it for its whole batch, so every
 * answer in a batch comes from one version and names it.
 */
export type ServingModel = { versionId: string; classifier: Classifier };
export type Serving = { model: ServingModel | null; settings: PrecheckSettings; standardsVersion: number | null };

/** How stale the in-memory view may be: at most one cheap lookup per this many milliseconds. */
export const RECHECK_MS = 3_000;

type Holder = {
  serving: Serving | null;
  checkedAt: number;
  pending: Promise<Serving> | null;
  pendingSince: number;
  forgotAt: number;
  // Lookups finish in any order; only one that began after the view in hand may replace it.
  servedSeq: number;
  nextSeq: number;
};
// One per server process, on globalThis: Next bundles server actions and route handlers apart, each
// with its own copy of this module, and a promotion (an action) must reach the pre-check (a route).
const shared = globalThis as typeof globalThis & { __bulwarkServingModel?: Holder };
const holder: Holder = (shared.__bulwarkServingModel ??= {
  serving: null, checkedAt: 0, pending: null, pendingSince: 0, forgotAt: -Infinity, servedSeq: 0, nextSeq: 0,
});

/**
 * Forces lookups to look again (after a promotion in this process, or between test databases).
 * A promotion calls this inside its transaction, before the commit: for RECHECK_MS after it, every
 * call looks again rather than trusting a view read in between, which would still name the old
 * version and would otherwise be served for RECHECK_MS after the promotion committed.
 */
export function forgetLoadedModel() {
  holder.checkedAt = 0;
  holder.forgotAt = performance.now();
}

/** The promoted model and the published settings, refreshed at most every RECHECK_MS. */
export async function servingModel(db: Executor): Promise<Serving> {
  const now = performance.now();
  const settled = now - holder.forgotAt >= RECHECK_MS;
  if (holder.serving && settled && now - holder.checkedAt < RECHECK_MS) return holder.serving;
  // One lookup at a time: concurrent requests wait for the same one instead of each loading weights,
  // unless it began before the latest forget and may have read the old version.
  if (!holder.pending || holder.pendingSince <= holder.forgotAt) {
    const lookup = refresh(db, ++holder.nextSeq).finally(() => { if (holder.pending === lookup) holder.pending = null; });
    holder.pending = lookup;
    holder.pendingSince = now;
  }
  return holder.pending;
}

async function refresh(db: Executor, seq: number): Promise<Serving> {
  const startedAt = performance.now();
  const [stamp] = await queryRows<{ model_id: string | null; standards: number | null }>(db, sql`
    select (select id from model_versions where status::text = 'promoted') as model_id,
      (select max(version) from standards_versions where status::text = 'published') as standards`);
  const prior = holder.serving;
  let model = prior?.model ?? null;
  if ((model?.versionId ?? null) !== stamp.model_id) {
    model = stamp.model_id ? await loadVersion(db, stamp.model_id) : null;
  }
  let settings = prior?.settings ?? defaultPrecheckSettings;
  if (!prior || prior.standardsVersion !== stamp.standards) settings = await publishedSettings(db);
  const serving: Serving = { model, settings, standardsVersion: stamp.standards };
  // The swap: one assignment, so a reader sees the old version or the new one, never a mix.
  if (seq > holder.servedSeq) {
    holder.serving = serving;
    holder.servedSeq = seq;
    holder.checkedAt = startedAt;
  }
  return serving;
}

export async function loadVersion(db: Executor, id: string): Promise<ServingModel | null> {
  const [row] = await db.select({ id: modelVersions.id, weights: modelVersions.weights }).from(modelVersions).where(eq(modelVersions.id, id));
  return row ? { versionId: row.id, classifier: loadClassifier(row.weights) } : null;
}

/** The settings in force: those of the newest published standards version that has any. */
export async function publishedSettings(db: Executor): Promise<PrecheckSettings> {
  const [row] = await queryRows<{ settings: unknown }>(db, sql`
    select ms.settings from model_settings ms join standards_versions sv on sv.version = ms.version
    where sv.status::text = 'published' order by ms.version desc limit 1`);
  return row ? settingsFrom(row.settings) : defaultPrecheckSettings;
}
