import { randomUUID } from 'node:crypto';
import { insertApiKey } from '@/lib/apikeys/create';
import { createStaff } from '../../support/staff';
import type { Fixtures } from './types';

// Each call makes its own target, so that one role's successful call never changes what the next
// role's call finds (a member already deactivated, a key already revoked).
export const fixtures: Fixtures = {
  actions: {
    'staff.create': async () => ({
      email: `authz-${randomUUID()}@test.bulwark`, name: 'Authz New', role: 'moderator', password: 'a-long-enough-password',
    }),
    'staff.changeRole': async ({ db }) => ({ id: (await createStaff(db, 'moderator')).id, role: 'supervisor' }),
    'staff.deactivate': async ({ db }) => ({ id: (await createStaff(db, 'moderator')).id }),
    'staff.reactivate': async ({ db }) => ({ id: (await createStaff(db, 'moderator', { active: false, deactivatedAt: new Date() })).id }),
    'apikey.create': async () => ({ name: `authz key ${randomUUID()}` }),
    'apikey.revoke': async ({ db }) => ({ id: (await insertApiKey(db, `authz ${randomUUID()}`, null)).id }),
  },
};
