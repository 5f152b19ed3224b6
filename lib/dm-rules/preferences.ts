import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { dmPreferences, type DmPreference } from '@/db/schema';

/** The account's own setting; an event older than the stored one changes nothing. */
export async function applyDmPreference(tx: Executor, accountId: string, preference: DmPreference, at: Date) {
  await tx.insert(dmPreferences).values({ accountId, preference, setAt: at })
    .onConflictDoUpdate({
      target: dmPreferences.accountId,
      set: { preference: sql`excluded.preference`, setAt: sql`excluded.set_at` },
      setWhere: sql`${dmPreferences.setAt} <= excluded.set_at`,
    });
}
