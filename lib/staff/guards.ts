import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { staff, type Staff } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';

/**
 * Locks the active admins (always in id order, so two concurrent changes queue instead of
 * deadlocking) and then the target. Two admins removing each other at once therefore run one after
 * the other, and the second sees the first's change.
 */
export async function lockForStaffChange(tx: Tx, id: string): Promise<{ target: Staff; activeAdminIds: string[] }> {
  const admins = await tx
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.role, 'admin'), eq(staff.active, true)))
    .orderBy(asc(staff.id))
    .for('update');
  const [target] = await tx.select().from(staff).where(eq(staff.id, id)).for('update');
  if (!target) throw new DomainError('not_found', `No staff member with id ${id}.`, { id: ['staff_not_found'] });
  return { target, activeAdminIds: admins.map((a) => a.id) };
}

/** Refuses a change that would leave the console with no active admin to manage it. */
export function keepAnActiveAdmin(activeAdminIds: string[], removing: Staff, field: 'id' | 'role') {
  const removesAnAdmin = removing.role === 'admin' && removing.active;
  if (removesAnAdmin && activeAdminIds.every((id) => id === removing.id)) {
    throw new DomainError('conflict', `${removing.email} is the last active admin and cannot be removed.`, { [field]: ['last_admin'] });
  }
}

export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}
