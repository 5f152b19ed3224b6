import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';

/** Runs raw SQL on either driver and returns its rows (node-postgres and PGlite both answer { rows }). */
export async function queryRows<T>(executor: Executor, statement: SQL): Promise<T[]> {
  const result = (await executor.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}
