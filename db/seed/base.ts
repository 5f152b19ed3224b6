import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, staff } from '@/db/schema';
import { defaultCategories } from '@/lib/categories/defaults';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD, demoStaff } from '@/lib/demo/mode';
import { seedStandards } from './standards';

/** Rows every installation needs: the categories and the first published standards. Safe to run twice. */
export async function seedCategories(tx: Executor) {
  await tx.insert(categories).values(defaultCategories).onConflictDoNothing();
  await seedStandards(tx);
}

/** One login per demo staff member, all with the demo password. */
export async function seedDemoStaff(tx: Executor) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return tx
    .insert(staff)
    .values(demoStaff.map((s) => ({ ...s, passwordHash })))
    .onConflictDoUpdate({ target: staff.email, set: { role: sql`excluded.role`, active: true } })
    .returning();
}
