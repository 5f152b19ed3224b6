/**
 * Rows per multi-row statement. Postgres takes at most 65,535 bind parameters in one statement, and
 * the query builder's cost grows with the statement: batch paths insert and look up a chunk at a time.
 */
export const ROWS_PER_STATEMENT = 1_000;

export function chunksOf<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
