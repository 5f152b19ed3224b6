import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { staff } from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { auth, signOut } from './auth';

/**
 * POST /sign-out, from a plain form. Deleting the cookie is not enough: a prefetch answered after it
 * can re-set a refreshed copy. So the sign-out is also recorded on the member, and every page and
 * action refuses sessions that began before it (lib/auth/session-epoch.ts). This ends the member's
 * sessions on every device, which is what staff expect of "sign out" on a shared console.
 */
export async function POST() {
  const session = await auth();
  const id = session?.user?.id;
  if (id) {
    const db = await getDb();
    await db.transaction(async (tx) => {
      await tx.update(staff).set({ signedOutAt: sql`now()` }).where(eq(staff.id, id));
      await writeAudit(tx, { type: 'staff', id, label: session.user?.email ?? id }, randomUUID(), [
        { action: 'staff.sign_out', targetType: 'staff', targetId: id },
      ]);
    });
  }
  await signOut({ redirect: false });
  // Relative, so the browser stays on the host it used (behind a proxy Next may not know it).
  return new NextResponse(null, { status: 303, headers: { location: '/sign-in' } });
}
