import type { Database } from '@/db/client';
import { agencies, agencyActions } from '@/db/schema';
import { createStaff } from '../../support/staff';
import type { Fixtures } from './types';

type Db = Database['db'];

let n = 0;
const agencyId = async (db: Db) => {
  n += 1;
  const [row] = await db.insert(agencies).values({ externalId: `authz-mcn-${n}-${Date.now()}`, name: `Authz agency ${n}` }).returning();
  return row.id;
};
// Decisions need a proposal made by someone else: the proposer may not decide their own.
const action = async (db: Db, status: 'proposed' | 'active') => {
  const proposer = await createStaff(db, 'moderator');
  const [row] = await db.insert(agencyActions).values({
    agencyId: await agencyId(db), type: 'warning', status, reason: 'Paid pile-on', proposedBy: proposer.id,
  }).returning();
  return { actionId: row.id, reason: 'Checked the evidence' };
};

export const fixtures: Fixtures = {
  actions: {
    'agency.proposeAction': async ({ db }) => ({ agencyId: await agencyId(db), type: 'restrict_services', reason: 'Coordinated hype' }),
    'agency.approveAction': async ({ db }) => action(db, 'proposed'),
    'agency.rejectAction': async ({ db }) => action(db, 'proposed'),
    'agency.reverseAction': async ({ db }) => action(db, 'active'),
  },
};
