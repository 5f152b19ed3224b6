import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { accountProtections, dmPreferences } from '@/db/schema';
import { defineRoute } from '@/lib/api/route';
import { enforcement } from './channels';

export const MAX_ACCOUNTS = 100;

export const protectionQuery = z.object({
  accounts: z.string({ error: 'Give accounts: one or more account ids, comma-separated.' }).trim().min(1).max(20_000)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(200, { error: 'An account id is at most 200 characters.' })).min(1).max(MAX_ACCOUNTS, { error: `At most ${MAX_ACCOUNTS} accounts per request.` })),
});

/**
 * GET /api/v1/accounts/protection?accounts=a,b: what the platform closes to strangers now for each
 * account (notice II.1), and who may send it private messages (II.2). A protection whose time has
 * passed is answered as over even before the timed job ends it. A read: no audit row.
 */
export const readProtection = defineRoute({
  name: 'account.protection',
  input: protectionQuery,
  async run({ tx, input, now }) {
    const active = await tx.select().from(accountProtections)
      .where(and(inArray(accountProtections.accountId, input.accounts), eq(accountProtections.status, 'active')));
    const prefs = await tx.select().from(dmPreferences).where(inArray(dmPreferences.accountId, input.accounts));
    const byAccount = new Map(active.map((p) => [p.accountId, p]));
    const prefOf = new Map(prefs.map((p) => [p.accountId, p.preference]));
    return {
      at: now.toISOString(),
      accounts: input.accounts.map((accountId) => ({
        accountId,
        ...enforcement(byAccount.get(accountId), now),
        dmPreference: prefOf.get(accountId) ?? 'everyone',
      })),
    };
  },
});
