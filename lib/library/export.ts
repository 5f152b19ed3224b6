import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { libraryExamples, type LibraryExample } from '@/db/schema';
import { toCsv } from './csv';

export const exportColumns = ['id', 'text', 'context', 'verdict', 'category', 'language', 'channel', 'tags', 'rationale', 'status', 'source_case_id', 'created_at'] as const;

/** Accepted examples unless `all`, oldest first so two exports diff cleanly. */
export function exportRows(db: Executor, all = false): Promise<LibraryExample[]> {
  const q = db.select().from(libraryExamples);
  return (all ? q : q.where(eq(libraryExamples.status, 'accepted'))).orderBy(asc(libraryExamples.createdAt), asc(libraryExamples.id));
}

/** The same columns as the import reads (text, verdict, category, language) plus the rest; it re-imports. */
export function examplesToCsv(rows: LibraryExample[]): string {
  return toCsv([
    [...exportColumns],
    ...rows.map((r) => [
      r.id, r.text, r.context, r.verdict, r.categoryId ?? '', r.language, r.channel ?? '', r.tags.join(';'), r.rationale, r.status,
      r.sourceCaseId ?? '', r.createdAt.toISOString(),
    ]),
  ]);
}

export function examplesToJson(rows: LibraryExample[]): string {
  return JSON.stringify(rows.map((r) => ({
    id: r.id, text: r.text, context: r.context, verdict: r.verdict, category: r.categoryId, language: r.language, channel: r.channel,
    tags: r.tags, rationale: r.rationale, status: r.status, sourceCaseId: r.sourceCaseId, createdAt: r.createdAt.toISOString(),
  })), null, 2);
}
