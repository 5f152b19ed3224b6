'use server';

import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiKeys } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { insertApiKey } from './create';

export type CreatedApiKey = { id: string; name: string; prefix: string; createdAt: Date; key: string };

export const createApiKey = defineAction({
  name: 'apikey.create',
  permission: 'apikey.manage',
  input: z.object({
    name: z.string({ error: 'name_required' }).trim().min(1, { error: 'name_required' }).max(100, { error: 'name_too_long' }),
  }),
  async run({ tx, input, staff: me, audit }): Promise<CreatedApiKey> {
    const created = await insertApiKey(tx, input.name, me.id);
    // The key goes back to the caller once and nowhere else: not into the audit row.
    audit({ action: 'apikey.create', targetType: 'api_key', targetId: created.id, after: { name: created.name, prefix: created.prefix } });
    return created;
  },
});

export const revokeApiKey = defineAction({
  name: 'apikey.revoke',
  permission: 'apikey.manage',
  input: z.object({ id: z.uuid({ error: 'api_key_invalid' }) }),
  async run({ tx, input, audit }) {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, input.id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt });
    if (!row) {
      const [existing] = await tx.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.id, input.id));
      if (!existing) throw new DomainError('not_found', `No API key with id ${input.id}.`, { id: ['api_key_not_found'] });
      throw new DomainError('conflict', 'That API key is already revoked.', { id: ['already_revoked'] });
    }
    audit({ action: 'apikey.revoke', targetType: 'api_key', targetId: row.id, before: { name: row.name, prefix: row.prefix, revokedAt: null }, after: { name: row.name, prefix: row.prefix, revokedAt: row.revokedAt } });
    return { id: row.id, revokedAt: row.revokedAt! };
  },
});
