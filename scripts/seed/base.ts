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

/**
 * Reference data for a new installation, demo or not: the categories with the first published
 * standards, and the default sanction ladder. Only on a database that has no categories yet, so a
 * ladder an admin has since trimmed is never put back by a restart.
 */
export async function seedReferenceData(db: Executor): Promise<boolean> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(categories);
  if (n > 0) return false;
  const { seedSanctionLadder } = await import('./sanction-ladder');
  await seedCategories(db);
  await seedSanctionLadder(db);
  return true;
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
