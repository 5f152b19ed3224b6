import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { identityFlags, incidents, type IdentityFlag } from '@/db/schema';

export type OpenFlag = IdentityFlag & { incidentTitle: string; incidentStatus: string };

/** The verification queue: open flags, oldest first, with the incident whose party the new name borrows. */
export async function openIdentityFlags(db: Executor, limit = 200): Promise<OpenFlag[]> {
  const rows = await db.select({ flag: identityFlags, incidentTitle: incidents.title, incidentStatus: incidents.status })
    .from(identityFlags)
    .innerJoin(incidents, eq(incidents.id, identityFlags.incidentId))
    .where(eq(identityFlags.status, 'open'))
    .orderBy(asc(identityFlags.raisedAt), asc(identityFlags.id))
    .limit(limit);
  return rows.map(({ flag, ...rest }) => ({ ...flag, ...rest }));
}
