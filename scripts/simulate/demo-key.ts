import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { hashApiKey } from '@/lib/apikeys/keys';
import { insertApiKey } from '@/lib/apikeys/create';
import { writeAudit } from '@/lib/audit/write';
import { demoKeyFile, readDemoKey } from './demo-key-file';

export const DEMO_KEY_NAME = 'simulator (demo)';

/**
 * Demo mode on PGlite only (scripts/prepare-db.ts, before the console opens the folder): makes sure
 * .data/simulator-key holds a live platform API key, so that `npm run simulate` needs no key copied
 * by hand. The key is made like any other (hashed, audited, listed on /admin/api-keys, revocable);
 * a revoked or unknown key in the file is replaced. Never with DATABASE_URL: a real installation
 * hands out keys through its admins.
 */
export async function ensureDemoSimulatorKey(db: Db): Promise<{ created: boolean; file: string } | null> {
  if (process.env.DATABASE_URL) return null;
  const file = demoKeyFile();
  const existing = readDemoKey();
  if (existing) {
    const [live] = await db.select({ id: apiKeys.id }).from(apiKeys).where(and(eq(apiKeys.keyHash, hashApiKey(existing)), isNull(apiKeys.revokedAt)));
    if (live) return { created: false, file };
  }
  const key = await db.transaction(async (tx) => {
    const made = await insertApiKey(tx, DEMO_KEY_NAME, null);
    await writeAudit(tx, { type: 'system', id: null, label: 'demo: simulator key' }, randomUUID(), [
      { action: 'apikey.create', targetType: 'api_key', targetId: made.id, after: { name: made.name, prefix: made.prefix } },
    ]);
    return made.key;
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, key, { flag: 'wx', mode: 0o600 });
  return { created: true, file };
}
