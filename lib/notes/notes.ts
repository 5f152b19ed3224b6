import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { accountNotes, caseNotes, staff } from '@/db/schema';

export type InternalNote = { id: string; body: string; authorName: string; createdAt: Date };

/** A note's text: plain, trimmed, not empty; kept to what fits on a screen or two. */
export const noteBody = z.string().trim().min(1, 'Write the note.').max(4000);

/** Notes on a case, oldest first (a thread read top to bottom). */
export function caseNotesOf(db: Executor, caseId: string): Promise<InternalNote[]> {
  return db.select({ id: caseNotes.id, body: caseNotes.body, authorName: staff.name, createdAt: caseNotes.createdAt })
    .from(caseNotes).innerJoin(staff, eq(staff.id, caseNotes.authorId))
    .where(eq(caseNotes.caseId, caseId)).orderBy(asc(caseNotes.createdAt), asc(caseNotes.id));
}

export function accountNotesOf(db: Executor, accountId: string): Promise<InternalNote[]> {
  return db.select({ id: accountNotes.id, body: accountNotes.body, authorName: staff.name, createdAt: accountNotes.createdAt })
    .from(accountNotes).innerJoin(staff, eq(staff.id, accountNotes.authorId))
    .where(eq(accountNotes.accountId, accountId)).orderBy(asc(accountNotes.createdAt), asc(accountNotes.id));
}
