import type { Fixtures } from './types';

let n = 0;

export const fixtures: Fixtures = {
  routes: {
    'GET /api/v1/accounts/restrictions': async () => ({ path: '/api/v1/accounts/restrictions?accounts=authz-a,authz-b' }),
    'POST /api/v1/accounts/events': async () => ({
      body: { events: [{ eventId: `authz-${++n}-${Date.now()}`, accountId: `authz-acct-${n}`, type: 'renamed', at: '2026-01-01T00:00:00Z', handle: '@authz', displayName: 'Authz' }] },
    }),
  },
};
