import { dataFolder, openDatabase, type Database } from '@/db/client';
import { DataFolderLockedError } from '@/db/lock';

/** Opens the app's database for a command-line script; a locked data folder ends the script clearly. */
/** `owner`: connect as the tables' owner (MIGRATION_DATABASE_URL when set), for migrations and grants. */
export async function withAppDatabase<T>(fn: (database: Database) => Promise<T>, opts: { owner?: boolean } = {}): Promise<T> {
  let database: Database;
  try {
    database = await openDatabase({ url: (opts.owner && process.env.MIGRATION_DATABASE_URL) || process.env.DATABASE_URL, folder: dataFolder() });
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      console.error(`error: ${error.message}`);
      process.exit(75);
    }
    throw error;
  }
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

export const where = () => (process.env.DATABASE_URL ? 'Postgres (DATABASE_URL)' : `PGlite in ${dataFolder()}`);
