import { createHash } from 'node:crypto';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { modelVersions, type ModelVersion } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { knownCategoryIds } from '@/lib/library/import';
import { planImport, type ImportError } from '@/lib/library/import-rows';
import { currentStandardsVersion } from '@/lib/standards/store';
import { trainClassifier } from './index';
import { forgetLoadedModel } from './loaded';

export type TrainingRow = { text: string; violation: boolean; categoryId: string | null };

/**
 * What a candidate learns from: the case library's accepted examples on both sides of the line (so
 * legitimate criticism is learned as not a violation) and the rows an admin imported. Sorted by
 * content so that the same set always hashes the same.
 */
export async function trainingSet(db: Executor): Promise<{ rows: TrainingRow[]; hash: string; stamp: string }> {
  const rows = await queryRows<{ text: string; violation: boolean; category_id: string | null }>(db, sql`
    select text, verdict::text = 'violation' as violation, category_id from library_examples where status::text = 'accepted'
    union all
    select text, violation, category_id from model_training_rows`);
  const keyed = rows.map((r) => {
    const row: TrainingRow = { text: r.text, violation: Boolean(r.violation), categoryId: r.violation ? r.category_id : null };
    return { row, key: `${row.violation ? 1 : 0}\u0001${row.categoryId ?? ''}\u0001${row.text}` };
  }).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const hash = createHash('sha256');
  for (const k of keyed) hash.update(k.key).update('\u0000');
  return { rows: keyed.map((k) => k.row), hash: hash.digest('hex'), stamp: await libraryStamp(db) };
}

/**
 * The library's state as one string: accepted examples and their newest change, and the imported
 * rows. Any accept, retire, edit or import changes it, which is what tells the worker to retrain.
 */
export async function libraryStamp(db: Executor): Promise<string> {
  const [r] = await queryRows<{ accepted: number; changed: string | null; imported: number; imported_at: string | null }>(db, sql`
    select (select count(*)::int from library_examples where status::text = 'accepted') as accepted,
      (select max(updated_at)::text from library_examples) as changed,
      (select count(*)::int from model_training_rows) as imported,
      (select max(imported_at)::text from model_training_rows) as imported_at`);
  return `${r.accepted}|${r.changed ?? ''}|${r.imported}|${r.imported_at ?? ''}`;
}

export const MIN_TRAINING_ROWS = 10;

/** Trains a candidate from the current training set and stores it; it is never promoted here. */
export async function trainCandidate(tx: Executor, staffId: string | null): Promise<Omit<ModelVersion, 'weights'>> {
  const set = await trainingSet(tx);
  const violations = set.rows.filter((r) => r.violation).length;
  if (set.rows.length < MIN_TRAINING_ROWS || violations === 0 || violations === set.rows.length) {
    throw new DomainError('invalid_input', `Training needs at least ${MIN_TRAINING_ROWS} labelled texts on both sides of the line; there are ${set.rows.length} (${violations} violations).`, { training: ['too_few'] });
  }
  const { classifier, metrics } = trainClassifier(set.rows);
  const [row] = await tx.insert(modelVersions).values({
    algorithm: classifier.info.algorithm,
    weights: classifier.toBytes(),
    trainingSize: set.rows.length,
    trainingHash: set.hash,
    libraryStamp: set.stamp,
    standardsVersion: await currentStandardsVersion(tx),
    metrics,
    trainedBy: staffId,
  }).returning();
  const { weights: _w, ...summary } = row;
  return summary;
}

async function lockVersion(tx: Executor, id: string) {
  const [row] = await tx.select({ id: modelVersions.id, status: modelVersions.status }).from(modelVersions).where(eq(modelVersions.id, id)).for('update');
  if (!row) throw new DomainError('not_found', 'There is no such model version.', { versionId: ['unknown_version'] });
  return row;
}

/**
 * Makes `id` the promoted version; the one promoted before is retired. Serialised by locking the
 * promoted row first, so two admins promoting at once end with exactly one promoted version.
 */
export async function promoteVersion(tx: Executor, id: string, staffId: string | null) {
  const [current] = await tx.select({ id: modelVersions.id }).from(modelVersions).where(eq(modelVersions.status, 'promoted')).for('update');
  const target = await lockVersion(tx, id);
  if (target.status === 'promoted') throw new DomainError('conflict', 'This version is already the promoted one.', { versionId: ['already_promoted'] });
  if (current) await tx.update(modelVersions).set({ status: 'retired' }).where(eq(modelVersions.id, current.id));
  await tx.update(modelVersions).set({ status: 'promoted', promotedBy: staffId, promotedAt: sql`now()` }).where(eq(modelVersions.id, id));
  forgetLoadedModel();
  return { promoted: id, retired: current?.id ?? null };
}

/** Rolls back: the version promoted before the current one is promoted again. */
export async function rollBackVersion(tx: Executor, staffId: string | null) {
  const [current] = await tx.select({ id: modelVersions.id }).from(modelVersions).where(eq(modelVersions.status, 'promoted')).for('update');
  if (!current) throw new DomainError('conflict', 'No version is promoted: there is nothing to roll back.', { versionId: ['none_promoted'] });
  const [previous] = await tx.select({ id: modelVersions.id }).from(modelVersions)
    .where(and(eq(modelVersions.status, 'retired'), isNotNull(modelVersions.promotedAt)))
    .orderBy(desc(modelVersions.promotedAt)).limit(1);
  if (!previous) throw new DomainError('conflict', 'No version was promoted before the current one.', { versionId: ['no_previous'] });
  return promoteVersion(tx, previous.id, staffId);
}

export type TrainingImport = { added: number; duplicates: number; total: number };

const storable = (s: string) => !s.includes('\u0000') && s.isWellFormed();

/**
 * Imports a labelled CSV (text, label or verdict, optional category) as training data. Any bad row
 * refuses the whole file with each row's problem, so nothing is half-imported; rows already imported
 * (same text, label and category) are skipped.
 */
export async function importTrainingCsv(tx: Executor, csv: string, staffId: string): Promise<TrainingImport> {
  const plan = planImport(csv, await knownCategoryIds(tx));
  const errors: ImportError[] = [...plan.errors];
  for (const r of plan.rows) {
    if (!storable(r.text)) errors.push({ line: r.line, message: 'text holds a NUL character or invalid Unicode', problems: [{ code: 'text_empty' }] });
  }
  if (errors.length) {
    errors.sort((a, b) => a.line - b.line);
    const shown = errors.slice(0, 20).map((e) => `line ${e.line}: ${e.message}`);
    throw new DomainError('invalid_input', `The file was not imported: ${shown.join('; ')}${errors.length > 20 ? ` (and ${errors.length - 20} more)` : ''}.`, { csv: shown });
  }
  const rows = plan.rows.map((r) => {
    const violation = r.verdict === 'violation';
    const categoryId = r.categoryId;
    return { text: r.text, violation, category_id: categoryId, row_hash: createHash('sha256').update(`${violation ? 1 : 0}\u0001${categoryId ?? ''}\u0001${r.text}`).digest('hex') };
  });
  let added = 0;
  for (let i = 0; i < rows.length; i += 5000) {
    const [{ n }] = await queryRows<{ n: number }>(tx, sql`
      with added as (
        insert into model_training_rows (text, violation, category_id, row_hash, imported_by)
        select r.text, r.violation, r.category_id, r.row_hash, ${staffId}::uuid
        from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 5000))}::jsonb) as r(text text, violation boolean, category_id text, row_hash text)
        on conflict (row_hash) do nothing
        returning 1
      )
      select count(*)::int as n from added`);
    added += n;
  }
  return { added, duplicates: rows.length - added, total: rows.length };
}

export async function trainingRowCount(db: Executor): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from model_training_rows`);
  return n;
}


/** The demo's first model: trained from the demo library and promoted, so pre-checks answer from the start. */
export async function seedFirstModel(db: Executor): Promise<string> {
  return (db as import('@/db/client').Db).transaction(async (tx) => {
    const v = await trainCandidate(tx, null);
    await promoteVersion(tx, v.id, null);
    return v.id;
  });
}
