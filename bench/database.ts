import { openDatabase, type Database } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedCategories } from '@/scripts/seed/base';
import { defaultAdminUrl, recreateDatabase } from '@/db/server-admin';

export const adminUrl = process.env.BENCH_DATABASE_URL ?? defaultAdminUrl();

/** A fresh, migrated database on the Postgres server, for one benchmark run. */
export async function freshBenchDatabase(name: string, poolSize: number): Promise<Database & { url: string }> {
  const url = await recreateDatabase(adminUrl, name);
  const database = await openDatabase({ url, poolSize });
  await migrate(database);
  await database.db.transaction((tx) => seedCategories(tx));
  return { ...database, url };
}
