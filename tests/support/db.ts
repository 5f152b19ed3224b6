import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase, useDatabase, type Database } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedCategories } from '@/db/seed/base';

/**
 * Where integration tests run: the Postgres server named by TEST_DATABASE_URL (an admin URL that may
 * create databases; default the local server), or PGlite in memory when no server answers or
 * BULWARK_TEST_DB=pglite. Each test file gets its own fresh, migrated database and drops it after.
 */
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let serverReachable: Promise<boolean> | undefined;
function postgresAvailable(): Promise<boolean> {
  if (process.env.BULWARK_TEST_DB === 'pglite') return Promise.resolve(false);
  serverReachable ??= (async () => {
    const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 1500 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      if (process.env.BULWARK_TEST_DB === 'postgres') throw new Error(`Postgres required but not reachable at ${adminUrl}`);
      return false;
    }
  })();
  return serverReachable;
}

export type TestDatabase = Database & { url: string | null; drop: () => Promise<void> };

export async function createTestDatabase(opts: { poolSize?: number; seed?: boolean } = {}): Promise<TestDatabase> {
  let database: Database;
  let url: string | null = null;
  let dropDb = async () => {};
  if (await postgresAvailable()) {
    const name = `bulwark_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    database = await openDatabase({ url, poolSize: opts.poolSize ?? 10 });
    dropDb = async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    database = await openDatabase({ folder: null });
  }
  await migrate(database);
  if (opts.seed !== false) await database.db.transaction((tx) => seedCategories(tx));
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
