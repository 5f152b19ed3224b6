import { createStaff } from '../../support/staff';
import { insertDecidedCase, insertExample } from '../../support/library';
import type { Fixtures } from './types';

const edits = { text: 'edited', context: '', verdict: 'not_violation', categoryId: null, language: 'en', channel: null, tags: ['x'], rationale: 'why' };

export const fixtures: Fixtures = {
  actions: {
    // A fresh decided case each call: one case yields one example.
    'library.propose': async ({ db }) => {
      const decider = await createStaff(db, 'moderator');
      return { caseId: (await insertDecidedCase(db, decider.id)).id, redact: [{ start: 0, end: 3 }], rationale: 'authz', tags: [] };
    },
    'library.update': async ({ db }) => ({ id: (await insertExample(db)).id, ...edits }),
    'library.accept': async ({ db }) => ({ id: (await insertExample(db, { status: 'proposed' })).id }),
    'library.reject': async ({ db }) => ({ id: (await insertExample(db, { status: 'proposed' })).id }),
    'library.retire': async ({ db }) => ({ id: (await insertExample(db, { status: 'accepted' })).id }),
    'library.import': async () => ({ csv: 'text,label\nauthz row,1\n', fileName: 'authz.csv' }),
  },
};
