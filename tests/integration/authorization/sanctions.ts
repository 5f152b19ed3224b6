import type { Database } from '@/db/client';
import { accounts, appeals, sanctionLadderSteps, sanctions } from '@/db/schema';
import { createStaff } from '../../support/staff';
import type { Fixtures } from './types';

type Db = Database['db'];
let n = 0;
const accountId = () => `authz-sanction-${++n}-${Date.now()}`;

// A sanction in the given state, proposed (and decided) by someone other than the caller.
async function sanctionBy(db: Db, status: 'proposed' | 'active') {
  const other = await createStaff(db, 'supervisor');
  const id = accountId();
  await db.insert(accounts).values({ id });
  const [s] = await db.insert(sanctions).values({
    accountId: id, type: status === 'proposed' ? 'closure' : 'mute', status, role: 'participant', reason: 'authz', proposedBy: other.id,
    ...(status === 'active' ? { decidedBy: other.id, decidedAt: new Date(), startsAt: new Date(), durationHours: 24, endsAt: new Date(Date.now() + 86_400_000) } : {}),
  }).returning();
  return s;
}

export const fixtures: Fixtures = {
  actions: {
    'sanction.apply': async () => ({ accountId: accountId(), type: 'mute', role: 'participant', reason: 'authz mute', durationHours: 24 }),
    'sanction.propose': async () => ({ accountId: accountId(), type: 'closure', role: 'originator', reason: 'authz closure' }),
    'sanction.approve': async ({ db }) => ({ sanctionId: (await sanctionBy(db, 'proposed')).id, reason: 'authz approve' }),
    'sanction.reject': async ({ db }) => ({ sanctionId: (await sanctionBy(db, 'proposed')).id, reason: 'authz reject' }),
    'sanction.ladder.save': async () => ({ role: 'inciter', minStrikes: 40, type: 'closure' }),
    'sanction.ladder.remove': async ({ db }) => {
      const [step] = await db.insert(sanctionLadderSteps).values({ role: 'participant', minStrikes: 20 + (++n % 30), type: 'warning' })
        .onConflictDoUpdate({ target: [sanctionLadderSteps.role, sanctionLadderSteps.minStrikes], set: { type: 'warning' } }).returning();
      return { stepId: step.id };
    },
    'appeal.decide': async ({ db }) => {
      const s = await sanctionBy(db, 'active');
      const [a] = await db.insert(appeals).values({ externalId: `authz-appeal-${++n}-${Date.now()}`, sanctionId: s.id, statement: 'authz' }).returning();
      return { appealId: a.id, outcome: 'overturned', reason: 'authz overturn' };
    },
  },
  routes: {
    'POST /api/v1/appeals': async ({ db }) => {
      const s = await sanctionBy(db, 'active');
      return { body: { externalId: `authz-route-${s.id}`, sanctionId: s.id, statement: 'authz' } };
    },
  },
};
