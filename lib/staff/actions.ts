'use server';

import { eq } from 'drizzle-orm';
import { staff } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { hashPassword } from '@/lib/auth/password';
import { publicStaff, type PublicStaff } from './queries';
import { changeRoleInput, createStaffInput, staffIdInput } from './schema';
import { isUniqueViolation, keepAnActiveAdmin, lockForStaffChange } from './guards';

const emailTaken = (email: string) =>
  new DomainError('conflict', `A staff member with the email ${email} already exists.`, { email: ['email_taken'] });

export const createStaff = defineAction({
  name: 'staff.create',
  permission: 'staff.manage',
  input: createStaffInput,
  async run({ tx, input, audit }): Promise<PublicStaff> {
    const [existing] = await tx.select({ id: staff.id }).from(staff).where(eq(staff.email, input.email));
    if (existing) throw emailTaken(input.email);
    const passwordHash = await hashPassword(input.password);
    const [row] = await tx
      .insert(staff)
      .values({ email: input.email, name: input.name, role: input.role, passwordHash })
      .returning()
      .catch((error: unknown) => {
        // Another admin created the same email between our check and this insert.
        throw isUniqueViolation(error) ? emailTaken(input.email) : error;
      });
    const created = publicStaff(row);
    audit({ action: 'staff.create', targetType: 'staff', targetId: row.id, after: created });
    return created;
  },
});

export const changeRole = defineAction({
  name: 'staff.changeRole',
  permission: 'staff.manage',
  input: changeRoleInput,
  async run({ tx, input, staff: me, audit }): Promise<PublicStaff> {
    if (input.id === me.id && input.role !== me.role) {
      throw new DomainError('conflict', 'You cannot change your own role.', { role: ['self_demote'] });
    }
    const { target, activeAdminIds } = await lockForStaffChange(tx, input.id);
    if (target.role === input.role) {
      throw new DomainError('conflict', `${target.email} already has the ${input.role} role.`, { role: ['role_unchanged'] });
    }
    if (input.role !== 'admin') keepAnActiveAdmin(activeAdminIds, target, 'role');
    const [row] = await tx.update(staff).set({ role: input.role }).where(eq(staff.id, target.id)).returning();
    const after = publicStaff(row);
    audit({ action: 'staff.changeRole', targetType: 'staff', targetId: row.id, before: publicStaff(target), after });
    return after;
  },
});

export const deactivateStaff = defineAction({
  name: 'staff.deactivate',
  permission: 'staff.manage',
  input: staffIdInput,
  async run({ tx, input, staff: me, audit }): Promise<PublicStaff> {
    if (input.id === me.id) throw new DomainError('conflict', 'You cannot deactivate your own account.', { id: ['self_deactivate'] });
    const { target, activeAdminIds } = await lockForStaffChange(tx, input.id);
    if (!target.active) throw new DomainError('conflict', `${target.email} is already deactivated.`, { id: ['already_inactive'] });
    keepAnActiveAdmin(activeAdminIds, target, 'id');
    const [row] = await tx.update(staff).set({ active: false, deactivatedAt: new Date() }).where(eq(staff.id, target.id)).returning();
    const after = publicStaff(row);
    audit({ action: 'staff.deactivate', targetType: 'staff', targetId: row.id, before: publicStaff(target), after });
    return after;
  },
});

export const reactivateStaff = defineAction({
  name: 'staff.reactivate',
  permission: 'staff.manage',
  input: staffIdInput,
  async run({ tx, input, audit }): Promise<PublicStaff> {
    const [target] = await tx.select().from(staff).where(eq(staff.id, input.id)).for('update');
    if (!target) throw new DomainError('not_found', `No staff member with id ${input.id}.`, { id: ['staff_not_found'] });
    if (target.active) throw new DomainError('conflict', `${target.email} is already active.`, { id: ['already_active'] });
    const [row] = await tx.update(staff).set({ active: true, deactivatedAt: null }).where(eq(staff.id, target.id)).returning();
    const after = publicStaff(row);
    audit({ action: 'staff.reactivate', targetType: 'staff', targetId: row.id, before: publicStaff(target), after });
    return after;
  },
});
