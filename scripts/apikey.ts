import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import { insertApiKey } from '@/lib/apikeys/create';
import { writeAudit } from '@/lib/audit/write';
import { migrate } from '@/db/migrate';
import { withAppDatabase } from './open-database';

const [command, ...rest] = process.argv.slice(2);
const cli = { type: 'system' as const, id: null, label: `cli:${process.env.USER ?? 'operator'}` };

function usage(): never {
  console.error('usage: npm run apikey -- create NAME | list | revoke ID');
  process.exit(64);
}

await withAppDatabase(async ({ db, ...database }) => {
  await migrate({ db, ...database });
  if (command === 'create') {
    const name = rest.join(' ').trim();
    if (!name) usage();
    const created = await db.transaction(async (tx) => {
      const key = await insertApiKey(tx, name, null);
      await writeAudit(tx, cli, randomUUID(), [{ action: 'apikey.create', targetType: 'api_key', targetId: key.id, after: { name, prefix: key.prefix } }]);
      return key;
    });
    console.log(`Created API key "${created.name}" (id ${created.id}). It is shown only now:`);
    console.log(created.key);
  } else if (command === 'list') {
    for (const k of await db.select().from(apiKeys)) {
      console.log(`${k.id}  ${k.prefix}…  ${k.name}${k.revokedAt ? '  (revoked)' : ''}`);
    }
  } else if (command === 'revoke' && rest[0]) {
    await db.transaction(async (tx) => {
      const [row] = await tx.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, rest[0])).returning();
      if (!row) throw new Error(`No API key with id ${rest[0]}`);
      await writeAudit(tx, cli, randomUUID(), [{ action: 'apikey.revoke', targetType: 'api_key', targetId: row.id, before: { revokedAt: null }, after: { revokedAt: row.revokedAt } }]);
    });
    console.log(`Revoked ${rest[0]}.`);
  } else usage();
});
