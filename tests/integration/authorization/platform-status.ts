import type { Fixtures } from './types';

// The read routes the simulator's --check uses: ids never received answer found: false, still 200.
export const fixtures: Fixtures = {
  routes: {
    'GET /api/v1/reports/status': async () => ({ path: '/api/v1/reports/status?externalIds=authz-a,authz-b' }),
    'GET /api/v1/sections/status': async () => ({ path: '/api/v1/sections/status?externalIds=authz-a' }),
  },
};
