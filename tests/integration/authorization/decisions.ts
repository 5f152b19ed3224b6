import type { Staff } from '@/db/schema';
import type { Database } from '@/db/client';
import { decidedCase } from '../../support/decisions';
import { createStaff } from '../../support/staff';
import type { Fixtures } from './types';

type Db = Database['db'];

// Someone to have decided the case when the caller cannot (anonymous, or a role that does not decide).
const decider = async (db: Db, caller: Staff | null) => (caller && caller.role !== 'admin' ? caller : createStaff(db, 'moderator'));

export const fixtures: Fixtures = {
  actions: {
    // The caller's own decision, just taken: within the undo window.
    'case.undoDecision': async ({ db, caller }) => ({ decisionId: (await decidedCase(db, await decider(db, caller))).decisionId }),
    'case.reverseDecision': async ({ db }) => ({
      decisionId: (await decidedCase(db, await createStaff(db, 'moderator'))).decisionId, reason: 'authz: the content was satire',
    }),
  },
};
