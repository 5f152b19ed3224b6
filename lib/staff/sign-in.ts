import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { staff } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { writeAudit } from '@/lib/audit/write';

/** Checks a staff login and records the attempt in the audit log, in one transaction. */
export async function verifyStaffCredentials(email: string, password: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [member] = await tx.select().from(staff).where(eq(staff.email, email));
    const ok = !!member && member.active && (await verifyPassword(password, member.passwordHash));
    await writeAudit(
      tx,
      ok ? { type: 'staff', id: member!.id, label: member!.email } : { type: 'system', id: null, label: 'sign-in' },
      randomUUID(),
      [{ action: ok ? 'staff.sign_in' : 'staff.sign_in_failed', targetType: 'staff', targetId: member?.id ?? null, after: { email } }],
    );
    return ok ? member! : null;
  });
}
