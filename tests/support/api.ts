import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { insertApiKey } from '@/lib/apikeys/create';

export async function createTestApiKey(db: Executor, opts: { revoked?: boolean } = {}) {
  const created = await insertApiKey(db, `test key ${Date.now()}`, null);
  if (opts.revoked) await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, created.id));
  return created;
}
