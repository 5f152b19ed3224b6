import type { Fixtures } from './types';

export const fixtures: Fixtures = {
  actions: {
    'console.search': async () => ({ q: 'acct' }),
  },
};
