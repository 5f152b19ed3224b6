import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, standardsCategories, standardsVersions, type StandardsCategory } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { changedFields, type EditableField } from './fields';
import { publishProblems } from './validation';

/** The number of the newest published version, or null before the first is published. */
export async function currentStandardsVersion(db: Executor): Promise<number | null> {
  const [row] = await db.select({ v: max(standardsVersions.version) }).from(standardsVersions).where(eq(standardsVersions.status, 'published'));
  return row?.v ?? null;
}

export async function draftVersion(db: Executor): Promise<number | null> {
  const [row] = await db.select({ v: standardsVersions.version }).from(standardsVersions).where(eq(standardsVersions.status, 'draft'));
  return row?.v ?? null;
}

/** Locks the draft row so concurrent saves and a publish queue up behind each other. */
async function lockDraft(tx: Executor, version: number) {
  const [row] = await tx.select().from(standardsVersions).where(eq(standardsVersions.version, version)).for('update');
  if (!row) throw new DomainError('not_found', `There is no version ${version}.`);
  if (row.status !== 'draft') throw new DomainError('conflict', `Version ${version} is published and cannot change: open a new draft.`, { version: ['not_draft'] });
  return row;
}

/**
 * The draft, created as a copy of the published version when there is none (of the categories
 * table before any version was published). The partial unique
 * index on status makes a second concurrent draft fail instead of existing twice.
 */
export async function openDraft(tx: Executor, staffId: string | null): Promise<{ version: number; created: boolean; from: number | null }> {
  const existing = await draftVersion(tx);
  const from = await currentStandardsVersion(tx);
  if (existing !== null) return { version: existing, created: false, from };
  const [{ top }] = await tx.select({ top: max(standardsVersions.version) }).from(standardsVersions);
  const version = (top ?? 0) + 1;
  await tx.insert(standardsVersions).values({ version, status: 'draft', createdBy: staffId }).catch((error: unknown) => {
    // Another admin's draft committed while this one was being opened: theirs is the draft.
    if ((error as { cause?: { code?: string } }).cause?.code === '23505') {
      throw new DomainError('conflict', 'Another admin has just opened a draft: reload the page to edit it.', { version: ['draft_exists'] });
    }
    throw error;
  });
  if (from !== null) {
    await tx.execute(sql`
      insert into standards_categories (version, category_id, name_en, name_zh, definition_en, definition_zh, indicators_en, indicators_zh,
        not_cyberviolence_en, not_cyberviolence_zh, severity, default_action, due_minutes, retired, sort_order)
      select ${version}, category_id, name_en, name_zh, definition_en, definition_zh, indicators_en, indicators_zh,
        not_cyberviolence_en, not_cyberviolence_zh, severity, default_action, due_minutes, retired, sort_order
      from standards_categories where version = ${from}`);
  } else {
    // A database that had categories before the standards existed: start from the queue's list,
    // with the texts to be written before the first publish.
    await tx.execute(sql`
      insert into standards_categories (version, category_id, name_en, name_zh, severity, default_action, due_minutes, retired, sort_order)
      select ${version}, id, name_en, name_zh, severity, 'fold', due_minutes, not active, sort_order from categories`);
  }
  return { version, created: true, from };
}

type Changes = Partial<Pick<StandardsCategory, EditableField>>;
const pick = (row: Partial<StandardsCategory>, fields: readonly EditableField[]) => Object.fromEntries(fields.map((f) => [f, row[f]]));

/** One autosave: applies the fields sent and reports which of them actually changed. */
export async function saveDraftCategory(tx: Executor, input: { version: number; categoryId: string; changes: Changes }) {
  await lockDraft(tx, input.version);
  const where = and(eq(standardsCategories.version, input.version), eq(standardsCategories.categoryId, input.categoryId));
  const [before] = await tx.select().from(standardsCategories).where(where);
  if (!before) throw new DomainError('not_found', `The draft has no category ${input.categoryId}.`, { categoryId: ['unknown_category'] });
  const changed = changedFields(before, input.changes);
  if (changed.length) {
    await tx.update(standardsCategories).set({ ...pick(input.changes, changed), updatedAt: sql`now()` }).where(where);
    await tx.update(standardsVersions).set({ updatedAt: sql`now()` }).where(eq(standardsVersions.version, input.version));
  }
  return { changed, before: pick(before, changed), after: pick(input.changes, changed) };
}

export async function addDraftCategory(tx: Executor, input: { version: number; categoryId: string; nameEn: string; nameZh: string }) {
  await lockDraft(tx, input.version);
  const rows = await tx.select({ id: standardsCategories.categoryId, sortOrder: standardsCategories.sortOrder })
    .from(standardsCategories).where(eq(standardsCategories.version, input.version));
  if (rows.some((r) => r.id === input.categoryId)) throw new DomainError('conflict', `The draft already has a category ${input.categoryId}.`, { categoryId: ['id_taken'] });
  const sortOrder = Math.max(0, ...rows.map((r) => r.sortOrder)) + 1;
  const [row] = await tx.insert(standardsCategories).values({
    version: input.version, categoryId: input.categoryId, nameEn: input.nameEn, nameZh: input.nameZh,
    severity: 2, defaultAction: 'fold', dueMinutes: 24 * 60, sortOrder,
  }).returning();
  await tx.update(standardsVersions).set({ updatedAt: sql`now()` }).where(eq(standardsVersions.version, input.version));
  return row;
}

export async function draftCategories(db: Executor, version: number) {
  return db.select().from(standardsCategories).where(eq(standardsCategories.version, version))
    .orderBy(asc(standardsCategories.sortOrder), asc(standardsCategories.categoryId));
}

/**
 * Publishes the draft: it becomes the current version and, in the same transaction, the queue's
 * categories take its names, severity, due time and whether they are in use. Cases already in the
 * queue keep the deadline they were given; new ones get the new settings.
 */
export async function publishDraft(tx: Executor, staffId: string, input: { version: number; changeNote: string; reviewedAt: string }) {
  const draft = await lockDraft(tx, input.version);
  if (draft.updatedAt.toISOString() !== input.reviewedAt) {
    throw new DomainError('conflict', 'The draft changed after you reviewed it: review the changes again.', { reviewedAt: ['draft_changed'] });
  }
  const rows = await draftCategories(tx, input.version);
  const problems = publishProblems(rows);
  if (Object.keys(problems).length) throw new DomainError('invalid_input', 'The draft is not complete yet.', problems);
  for (const r of rows) {
    await tx.insert(categories)
      .values({ id: r.categoryId, nameEn: r.nameEn, nameZh: r.nameZh, severity: r.severity, dueMinutes: r.dueMinutes, active: !r.retired, sortOrder: r.sortOrder })
      .onConflictDoUpdate({
        target: categories.id,
        set: { nameEn: r.nameEn, nameZh: r.nameZh, severity: r.severity, dueMinutes: r.dueMinutes, active: !r.retired, sortOrder: r.sortOrder },
      });
  }
  await tx.update(standardsVersions)
    .set({ status: 'published', changeNote: input.changeNote, publishedBy: staffId, publishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(standardsVersions.version, input.version));
  return { version: input.version, categories: rows.length, inUse: rows.filter((r) => !r.retired).length };
}

/** Throws the draft away; the published version stays current. */
export async function discardDraft(tx: Executor, version: number) {
  await lockDraft(tx, version);
  const removed = await tx.delete(standardsCategories).where(eq(standardsCategories.version, version)).returning({ id: standardsCategories.categoryId });
  await tx.delete(standardsVersions).where(eq(standardsVersions.version, version));
  return { version, categories: removed.length };
}
