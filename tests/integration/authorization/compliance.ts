import type { Fixtures } from './types';

// The download of a report file is not a server action: its route checks the role through
// lib/compliance/download.ts, which tests/integration/compliance.test.ts calls as each role.
export const fixtures: Fixtures = {
  actions: {
    'compliance.generate': async () => ({ kind: 'day', from: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) }),
  },
};
