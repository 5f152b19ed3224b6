import { eq } from 'drizzle-orm';
import { cases, type Staff } from '@/db/schema';
import type { Database } from '@/db/client';
import { insertCase } from '../../support/cases';
import type { Fixtures } from './types';

type Db = Database['db'];

// Claiming one case needs empty hands: an earlier claim-next in the same run may have left one held
// (and one undecided case per moderator is a unique index).
async function emptyHands(db: Db, caller: Staff | null) {
  if (caller) await db.update(cases).set({ claimedBy: null, leaseExpiresAt: null }).where(eq(cases.claimedBy, caller.id));
}

// A case held by the caller, as if they had just claimed it: what decide, renew and release need.
const heldBy = async (db: Db, caller: Staff | null) => {
  await emptyHands(db, caller);
  return { caseId: (await insertCase(db, { categoryId: 'insult', claimedBy: caller?.id ?? null })).id };
};

export const fixtures: Fixtures = {
  actions: {
    'case.claimNext': async ({ db, caller }) => {
      await emptyHands(db, caller);
      await insertCase(db, { categoryId: 'insult' });
      return {};
    },
    'case.claimNextEscalation': async ({ db, caller }) => {
      await emptyHands(db, caller);
      await insertCase(db, { categoryId: 'threat', status: 'escalated' });
      return {};
    },
    'case.claim': async ({ db, caller }) => {
      await emptyHands(db, caller);
      return { caseId: (await insertCase(db, { categoryId: 'insult' })).id };
    },
    'case.renewLease': async ({ db, caller }) => heldBy(db, caller),
    'case.release': async ({ db, caller }) => heldBy(db, caller),
    'case.decide': async ({ db, caller }) => ({ ...(await heldBy(db, caller)), action: 'remove', categoryId: 'insult', note: 'authz' }),
    'queue.list': async () => ({ filters: { status: 'undecided', minors: true }, cursor: null }),
  },
};
