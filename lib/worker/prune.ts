import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/query';

/** Rows deleted per statement, and statements per run: a run's work stays bounded however far behind it is. */
export const PRUNE_CHUNK = 5_000;
export const PRUNE_CHUNKS_PER_RUN = 40;

/**
 * Deletes the rows of `table` that match `where`, PRUNE_CHUNK at a time, each chunk its own short
 * statement, at most PRUNE_CHUNKS_PER_RUN of them (the next run goes on). Rows are picked with SKIP
 * LOCKED, so two workers pruning at once take different rows and neither waits on the other, nor on a
 * writer holding a row. `table` and `where` are our own SQL, never input. Returns the rows deleted.
 */
export async function deleteInChunks(db: Db, table: string, where: SQL, opts: { chunk?: number; maxChunks?: number } = {}): Promise<number> {
  const chunk = opts.chunk ?? PRUNE_CHUNK;
  const maxChunks = opts.maxChunks ?? PRUNE_CHUNKS_PER_RUN;
  let deleted = 0;
  for (let i = 0; i < maxChunks; i++) {
    const [row] = await queryRows<{ n: number }>(db, sql`
      with gone as (
        delete from ${sql.identifier(table)} where ctid = any(array(
          select ctid from ${sql.identifier(table)} where ${where} limit ${chunk} for update skip locked))
        returning 1
      ) select count(*)::int as n from gone`);
    deleted += Number(row.n);
    if (Number(row.n) < chunk) break;
  }
  return deleted;
}

/** A retention from the environment, in whole units, never below `floor` (what correctness needs). */
export function retentionFromEnv(name: string, fallback: number, floor: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, not "${raw}"`);
  return Math.max(floor, value);
}
