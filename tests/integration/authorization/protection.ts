import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { accountProtections, accounts } from '@/db/schema';
import type { Fixtures } from './types';

type Db = Database['db'];
const account = () => `authz-prot-${randomUUID()}`;

// Each call protects its own account, so one role's success never changes what the next finds.
async function protectedAccount(db: Db) {
  const id = account();
  await db.insert(accounts).values({ id });
  await db.insert(accountProtections).values({ accountId: id, channels: ['comment'], until: new Date(Date.now() + 86_400_000), source: 'staff', reason: 'authz', setAt: new Date() });
  return id;
}
const limits = { senderLimit: 20, senderWindowMinutes: 60, recipientLimit: 50, recipientWindowMinutes: 60, newAccountDays: 7, newSenderLimit: 5, minorRecipientLimit: 10 };

export const fixtures: Fixtures = {
  actions: {
    'protection.set': async () => ({ accountId: account(), channels: 'all', hours: 24, reason: 'authz reason' }),
    'protection.end': async ({ db }) => ({ accountId: await protectedAccount(db), reason: 'authz reason' }),
    'protection.prompt': async () => ({ accountId: account(), channels: ['stranger_dm'], hours: 24, reason: 'authz reason' }),
    'dm_rules.save': async () => limits,
  },
  routes: {
    'GET /api/v1/accounts/protection': async () => ({ path: `/api/v1/accounts/protection?accounts=${account()}` }),
    'POST /api/v1/dm-checks': async () => ({ body: { sender: account(), recipient: account(), text: 'hello' } }),
  },
};
