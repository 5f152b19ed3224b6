import { staff, type Staff, type StaffRole } from '@/db/schema';
import type { Executor } from '@/db/client';

let n = 0;
/** A staff member with a throwaway password hash (tests call actions directly, not the sign-in form). */
export async function createStaff(db: Executor, role: StaffRole, overrides: Partial<Staff> = {}): Promise<Staff> {
  n += 1;
  const [row] = await db
    .insert(staff)
    .values({ email: `${role}${n}-${Date.now()}@test.bulwark`, name: `${role} ${n}`, role, passwordHash: 'x', ...overrides })
    .returning();
  return row;
}
