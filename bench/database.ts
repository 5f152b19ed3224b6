import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type Db } from '@/db/client';
import { migrate } from '@/db/migrate';
import { queryRows } from '@/db/query';
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

/**
 * The benchmark database `name` as an earlier run left it (`--reuse`), brought up to the current
 * migrations; a fresh one when there is none. Seeding a million rows takes minutes, so runs that
 * measure one part again after a change skip it.
 */
export async function benchDatabase(name: string, poolSize: number): Promise<Database & { url: string }> {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = await openDatabase({ url: adminUrl, poolSize: 1 });
  const [{ exists }] = await queryRows<{ exists: boolean }>(admin.db, sql`select exists (select from pg_database where datname = ${name}) as exists`);
  await admin.close();
  if (!exists) return freshBenchDatabase(name, poolSize);
  const database = await openDatabase({ url: url.toString(), poolSize });
  await migrate(database);
  return { ...database, url: url.toString() };
}

/** What has been seeded into a bench database (reports, decisions, library examples), so a reused one is seeded only where it falls short. */
export function seededState(db: Db) {
  const ready = db.execute(sql`create table if not exists bench_seeded (what text primary key, n bigint not null)`);
  return {
    async get(what: string): Promise<number | null> {
      await ready;
      const [row] = await queryRows<{ n: string }>(db, sql`select n from bench_seeded where what = ${what}`);
      return row ? Number(row.n) : null;
    },
    async set(what: string, n: number) {
      await ready;
      await db.execute(sql`insert into bench_seeded (what, n) values (${what}, ${n}) on conflict (what) do update set n = excluded.n`);
    },
  };
}
export type SeededState = ReturnType<typeof seededState>;
