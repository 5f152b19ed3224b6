import { eq } from 'drizzle-orm';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { staff, type Staff } from '@/db/schema';
import { auth, sessionStart } from './auth';
import { isSessionCurrent } from './session-epoch';
import { can, type Permission } from './permissions';

/** The signed-in, active staff member for this request, read from the database (not the cookie). */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [member] = await db.select().from(staff).where(eq(staff.id, id));
  return member?.active && isSessionCurrent(member, sessionStart(session)) ? member : null;
});

/** For pages: sends strangers to sign-in and answers 403 to staff without the permission. */
export async function requireStaff(permission?: Permission): Promise<Staff> {
  const member = await currentStaff();
  if (!member) redirect('/sign-in');
  if (permission && !can(member.role, permission)) forbidden();
  return member;
}
