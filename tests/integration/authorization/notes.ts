import { insertCase } from '../../support/cases';
import type { Fixtures } from './types';

let n = 0;
export const fixtures: Fixtures = {
  actions: {
    'note.addToCase': async ({ db }) => ({ caseId: (await insertCase(db, { categoryId: 'insult' })).id, body: 'authz: looks coordinated' }),
    'note.addToAccount': async () => ({ accountId: `authz-noted-${++n}`, body: 'authz: same wording as last week' }),
    'account.addTag': async () => ({ accountId: `authz-tagged-${++n}`, tag: 'Spam Ring' }),
    'account.removeTag': async () => ({ accountId: `authz-tagged-${++n}`, tag: 'spam-ring' }),
  },
};
