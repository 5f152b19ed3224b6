import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, sanctions } from '@/db/schema';
import { defineRoute } from '@/lib/api/route';
import { restrictionsInForce } from './restrictions';

export const MAX_ACCOUNTS = 100;

const query = z.object({
  accounts: z.string({ error: 'Give accounts: one or more account ids, comma-separated.' }).trim().min(1).max(20_000)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(200, { error: 'An account id is at most 200 characters.' })).min(1).max(MAX_ACCOUNTS, { error: `At most ${MAX_ACCOUNTS} accounts per request.` })),
});

/**
 * GET /api/v1/accounts/restrictions?accounts=a,b: what the platform must enforce now for each
 * account: closed, the "speak reasonably" notice before posting, mute and private-message
 * suspension ends. The outbox announces each change; this is the state to start from or to check
 * against at posting time. A read: no audit row.
 */
export const readRestrictions = defineRoute({
  name: 'account.restrictions',
  input: query,
  async run({ tx, input, now }) {
    const rows = await tx.select({ accountId: sanctions.accountId, type: sanctions.type, status: sanctions.status, startsAt: sanctions.startsAt, endsAt: sanctions.endsAt })
      .from(sanctions)
      .where(and(inArray(sanctions.accountId, input.accounts), eq(sanctions.status, 'active'),
        inArray(sanctions.type, ['closure', 'prepost_warning', 'mute', 'dm_suspension'])));
    const closed = new Set((await tx.select({ id: accounts.id }).from(accounts)
      .where(and(inArray(accounts.id, input.accounts), eq(accounts.status, 'closed')))).map((r) => r.id));
    return {
      at: now.toISOString(),
      accounts: input.accounts.map((accountId) => {
        const r = restrictionsInForce(rows.filter((s) => s.accountId === accountId), now);
        return { accountId, ...r, closed: r.closed || closed.has(accountId) };
      }),
    };
  },
});
