import { and, eq, isNull } from 'drizzle-orm';
import { reporterMutes } from '@/db/schema';
import { createStaff } from '../../support/staff';
import type { Fixtures } from './types';

let n = 0;
export const fixtures: Fixtures = {
  actions: {
    'reporter.mute': async () => ({ reporterAccountId: `authz-reporter-${++n}`, reason: 'authz: forty reports an hour' }),
    // A reporter muted by someone else, to be unmuted.
    'reporter.unmute': async ({ db }) => {
      const id = `authz-muted-${++n}`;
      const sup = await createStaff(db, 'supervisor');
      const [held] = await db.select().from(reporterMutes).where(and(eq(reporterMutes.reporterAccountId, id), isNull(reporterMutes.unmutedAt)));
      if (!held) await db.insert(reporterMutes).values({ reporterAccountId: id, reason: 'spam', mutedBy: sup.id });
      return { reporterAccountId: id, reason: 'authz: they stopped' };
    },
  },
};
