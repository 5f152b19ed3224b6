import { Client } from 'pg';
import { openDatabase, type Database } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedCategories } from '@/db/seed/base';

export const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database on the Postgres server, for one benchmark run. */
export async function freshBenchDatabase(name: string, poolSize: number): Promise<Database & { url: string }> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), poolSize });
  await migrate(database);
  await database.db.transaction((tx) => seedCategories(tx));
  return { ...database, url: u.toString() };
}
