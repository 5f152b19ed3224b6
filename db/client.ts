import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type Database = { db: Db; kind: 'postgres' | 'pglite'; close: () => Promise<void> };

export const dataFolder = () => path.resolve(/*turbopackIgnore: true*/ process.env.BULWARK_DATA_DIR ?? '.data', 'pglite');

/** Opens Postgres at `url`, or the embedded PGlite in `folder` (null: in memory). */
export async function openDatabase(opts: { url?: string; folder?: string | null; poolSize?: number }): Promise<Database> {
  if (opts.url) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle connection the server closes (a restart, a dropped test database) must not crash the
    // process: the pool replaces it on the next checkout.
    pool.on('error', (error) => console.warn(`[db] idle connection lost: ${error.message}`));
    return { db: drizzle(pool, { schema }) as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  let release = () => {};
  if (opts.folder) {
    const { lockDataFolder } = await import('./lock');
    release = lockDataFolder(opts.folder);
  }
  try {
    const client = await PGlite.create(opts.folder ?? undefined, { extensions: { pg_trgm } });
    return {
      db: drizzle(client, { schema }) as unknown as Db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

type Holder = { database?: Promise<Database> };
const holder = globalThis as typeof globalThis & { __bulwarkDatabase?: Holder };
holder.__bulwarkDatabase ??= {};

/** The process-wide database: one pool or one PGlite instance, kept across hot reloads. */
export function getDatabase(): Promise<Database> {
  const slot = holder.__bulwarkDatabase!;
  slot.database ??= openDatabase({ url: process.env.DATABASE_URL, folder: dataFolder() }).catch((error) => {
    slot.database = undefined;
    throw error;
  });
  return slot.database;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** For tests and scripts that open their own database and run app code against it. */
export function useDatabase(database: Database) {
  holder.__bulwarkDatabase!.database = Promise.resolve(database);
}

export { schema };
