import { insertCase } from '../../support/cases';
import { createStaff } from '../../support/staff';
import type { Fixtures } from './types';

export const fixtures: Fixtures = {
  actions: {
    'case.bulkDecide': async ({ db }) => ({ caseIds: [(await insertCase(db, { categoryId: 'insult' })).id], operation: { kind: 'decide', action: 'remove', categoryId: 'insult' } }),
    'case.bulkAssign': async ({ db }) => ({ caseIds: [(await insertCase(db, { categoryId: 'insult' })).id], assigneeId: (await createStaff(db, 'moderator')).id }),
    'case.bulkPreview': async ({ db }) => ({ caseIds: [(await insertCase(db, { categoryId: 'insult' })).id], operation: { kind: 'decide', action: 'fold' } }),
    'case.related': async ({ db }) => ({ caseId: (await insertCase(db, { categoryId: 'insult' })).id, by: 'account' }),
  },
};
