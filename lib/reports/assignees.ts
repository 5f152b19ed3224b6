import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { staff } from '@/db/schema';
import { permissionTable } from '@/lib/auth/permissions';

/** Who a case can be assigned to: active staff whose role decides cases. */
export async function assignableStaff(): Promise<{ id: string; name: string }[]> {
  const db = await getDb();
  return db.select({ id: staff.id, name: staff.name }).from(staff)
    .where(and(eq(staff.active, true), inArray(staff.role, [...permissionTable['case.decide']])))
    .orderBy(asc(staff.name));
}
