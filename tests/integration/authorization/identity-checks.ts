import type { Database } from '@/db/client';
import { accounts, identityFlags } from '@/db/schema';
import { insertIncident } from '../../support/incidents';
import type { Fixtures } from './types';

let n = 0;
// Each call raises its own open flag, so one role's success never settles what the next finds.
const flagId = async (db: Database['db']) => {
  n += 1;
  const { incident, party } = await insertIncident(db);
  const accountId = `authz-renamed-${n}-${Date.now()}`;
  await db.insert(accounts).values({ id: accountId, handle: '@copy', displayName: party.displayName });
  const [flag] = await db.insert(identityFlags).values({
    accountId, newHandle: '@copy', newDisplayName: party.displayName, incidentId: incident.id,
    matchedAccountId: party.accountId, matchedName: party.displayName, matchedRole: party.role, renamedAt: new Date(),
  }).returning();
  return { flagId: flag.id, note: 'checked' };
};

export const fixtures: Fixtures = {
  actions: {
    'identityFlag.verify': async ({ db }) => flagId(db),
    'identityFlag.clear': async ({ db }) => flagId(db),
    'identityFlag.escalate': async ({ db }) => flagId(db),
  },
};
