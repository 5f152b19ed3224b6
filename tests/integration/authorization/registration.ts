import { newIdentity } from '../../support/referrals';
import type { Fixtures } from './types';

export const fixtures: Fixtures = {
  routes: {
    'POST /api/v1/registration-checks': async () => ({ body: { identity: newIdentity() } }),
  },
};
