'use server';

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accountNotes, caseNotes, cases } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { ensureAccount } from '@/lib/accounts/store';
import { noteBody } from './notes';

/**
 * Internal notes: staff write down what they found without deciding anything. Staff-only (never in
 * the outbox), append-only (the tables refuse updates and deletes), each audited with its text.
 */
export const addCaseNote = defineAction({
  name: 'note.addToCase',
  permission: 'note.write',
  input: z.object({ caseId: z.uuid(), body: noteBody }),
  async run({ tx, input, staff, audit }): Promise<{ id: string; createdAt: Date }> {
    const [c] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, input.caseId));
    if (!c) throw new DomainError('not_found', 'There is no such case.');
    const [row] = await tx.insert(caseNotes).values({ caseId: c.id, body: input.body, authorId: staff.id })
      .returning({ id: caseNotes.id, createdAt: caseNotes.createdAt });
    audit({ action: 'note.addToCase', targetType: 'case', targetId: c.id, after: { noteId: row.id, body: input.body } });
    return row;
  },
});

export const addAccountNote = defineAction({
  name: 'note.addToAccount',
  permission: 'note.write',
  input: z.object({ accountId: z.string().trim().min(1).max(200), body: noteBody }),
  async run({ tx, input, staff, audit }): Promise<{ id: string; createdAt: Date }> {
    // An account so far only seen in reports gets its bare row, as sanctions do.
    await ensureAccount(tx, input.accountId);
    const [row] = await tx.insert(accountNotes).values({ accountId: input.accountId, body: input.body, authorId: staff.id })
      .returning({ id: accountNotes.id, createdAt: accountNotes.createdAt });
    audit({ action: 'note.addToAccount', targetType: 'account', targetId: input.accountId, after: { noteId: row.id, body: input.body } });
    return row;
  },
});
