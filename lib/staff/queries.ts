import { asc, desc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { staff, type Staff } from '@/db/schema';

/** What the console may show or record about a staff member: everything but the password hash. */
export type PublicStaff = Omit<Staff, 'passwordHash' | 'signedOutAt' | 'mediaPreference'>;

export function publicStaff({ passwordHash: _secret, signedOutAt: _session, mediaPreference: _own, ...rest }: Staff): PublicStaff {
  return rest;
}

export const publicStaffColumns = {
  id: staff.id,
  email: staff.email,
  name: staff.name,
  role: staff.role,
  active: staff.active,
  createdAt: staff.createdAt,
  deactivatedAt: staff.deactivatedAt,
};

/** Active members first, then by name, so the people an admin manages day to day are on top. */
export async function listStaff(db: Executor): Promise<PublicStaff[]> {
  return db.select(publicStaffColumns).from(staff).orderBy(desc(staff.active), asc(staff.name), asc(staff.email));
}
