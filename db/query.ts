import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';

/** Runs raw SQL on either driver and returns its rows (node-postgres and PGlite both answer { rows }). */
export async function queryRows<T>(executor: Executor, statement: SQL): Promise<T[]> {
  const result = (await executor.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

type SessionCarrier = {
  dialect: { sqlToQuery: (s: SQL) => { sql: string; params: unknown[] } };
  session: { prepareQuery: (q: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: boolean) => { execute: () => Promise<unknown> } };
};

/**
 * Like queryRows, as a named prepared statement: Postgres parses and plans it once per connection
 * instead of on every call. For hot statements whose planning costs more than their execution (the
 * claim runs in well under a millisecond, but its plan took 1.5 ms). The same path drizzle's own
 * `execute` takes, with a name; the SQL text for one name must never vary.
 */
export async function queryRowsPrepared<T>(executor: Executor, name: string, statement: SQL): Promise<T[]> {
  const { dialect, session } = executor as unknown as SessionCarrier;
  const result = (await session.prepareQuery(dialect.sqlToQuery(statement), undefined, name, false).execute()) as { rows: T[] };
  return result.rows;
}
