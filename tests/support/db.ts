import { randomBytes } from 'node:crypto';
import { openDatabase, useDatabase, type Database } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedCategories } from '@/scripts/seed/base';
import { seedSanctionLadder } from '@/scripts/seed/sanction-ladder';
import { defaultAdminUrl, dropDatabase, postgresReachable, recreateDatabase } from '@/db/server-admin';

/**
 * Where integration tests run: the Postgres server named by TEST_DATABASE_URL (an admin URL that may
 * create databases; default the local server), or PGlite in memory when no server answers or
 * BULWARK_TEST_DB=pglite. Each test file gets its own fresh, migrated database and drops it after.
 */
const adminUrl = defaultAdminUrl();

let serverReachable: Promise<boolean> | undefined;
function postgresAvailable(): Promise<boolean> {
  if (process.env.BULWARK_TEST_DB === 'pglite') return Promise.resolve(false);
  serverReachable ??= postgresReachable(adminUrl).then((reachable) => {
    if (!reachable && process.env.BULWARK_TEST_DB === 'postgres') throw new Error(`Postgres required but not reachable at ${adminUrl}`);
    return reachable;
  });
  return serverReachable;
}

export type TestDatabase = Database & { url: string | null; drop: () => Promise<void> };

export async function createTestDatabase(opts: { poolSize?: number; seed?: boolean } = {}): Promise<TestDatabase> {
  let database: Database;
  let url: string | null = null;
  let dropDb = async () => {};
  if (await postgresAvailable()) {
    const name = `bulwark_test_${randomBytes(6).toString('hex')}`;
    url = await recreateDatabase(adminUrl, name);
    database = await openDatabase({ url, poolSize: opts.poolSize ?? 10 });
    dropDb = () => dropDatabase(adminUrl, name);
  } else {
    database = await openDatabase({ folder: null });
  }
  await migrate(database);
  if (opts.seed !== false) await database.db.transaction((tx) => seedCategories(tx));
  if (opts.seed !== false) await seedSanctionLadder(database.db);
  useDatabase(database);
  return {
    ...database,
    url,
    drop: async () => {
      await database.close();
      await dropDb();
    },
  };
}

/** A fresh database holding the whole demo seed, as a first `npm run dev` makes it, seeded at `now`. */
export async function createDemoDatabase(now: Date): Promise<TestDatabase> {
  const { seedDemo } = await import('@/scripts/seed'); // on demand: most test files never load the demo seed
  const t = await createTestDatabase({ seed: false });
  await seedDemo(t.db, { now });
  return t;
}
