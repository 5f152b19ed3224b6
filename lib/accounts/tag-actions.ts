'use server';

import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { accountTags } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { ensureAccount } from './store';
import { tagField } from './tags';

const accountId = z.string().trim().min(1).max(200);

/** Adds a tag (normalised, see tags.ts); adding one the account already has changes nothing. */
export const addAccountTag = defineAction({
  name: 'account.addTag',
  permission: 'account.tag',
  input: z.object({ accountId, tag: tagField }),
  async run({ tx, input, staff, audit }): Promise<{ tag: string; added: boolean }> {
    await ensureAccount(tx, input.accountId);
    const rows = await tx.insert(accountTags).values({ accountId: input.accountId, tag: input.tag, addedBy: staff.id })
      .onConflictDoNothing().returning({ tag: accountTags.tag });
    audit({ action: 'account.addTag', targetType: 'account', targetId: input.accountId, after: { tag: input.tag, added: rows.length > 0 } });
    return { tag: input.tag, added: rows.length > 0 };
  },
});

export const removeAccountTag = defineAction({
  name: 'account.removeTag',
  permission: 'account.tag',
  input: z.object({ accountId, tag: tagField }),
  async run({ tx, input, audit }): Promise<{ tag: string; removed: boolean }> {
    const rows = await tx.delete(accountTags).where(and(eq(accountTags.accountId, input.accountId), eq(accountTags.tag, input.tag)))
      .returning({ tag: accountTags.tag, addedBy: accountTags.addedBy, addedAt: accountTags.addedAt });
    audit({ action: 'account.removeTag', targetType: 'account', targetId: input.accountId, before: rows[0] ?? null, after: { tag: input.tag, removed: rows.length > 0 } });
    return { tag: input.tag, removed: rows.length > 0 };
  },
});
