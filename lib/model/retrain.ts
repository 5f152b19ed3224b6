import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/query';
import { libraryStamp, trainCandidate } from './store';

// Any fixed number: the advisory lock that lets exactly one worker train at a time.
const RETRAIN_LOCK = 7_311_020;

/**
 * The worker's retrain (notice I.2): when the library changed since the newest version was trained
 * (an example accepted, retired or edited, an import), train a candidate. Never promotes. Several
 * workers may run it at once: a transaction-level advisory lock lets one train, the others skip.
 * Returns 1 when a candidate was trained.
 */
export async function retrainWhenLibraryChanged(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const [{ locked }] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${RETRAIN_LOCK}) as locked`);
    if (!locked) return 0;
    const [newest] = await queryRows<{ library_stamp: string }>(tx, sql`select library_stamp from model_versions order by trained_at desc limit 1`);
    const stamp = await libraryStamp(tx);
    if (newest?.library_stamp === stamp) return 0;
    const [{ accepted }] = await queryRows<{ accepted: number }>(tx, sql`select count(*)::int as accepted from library_examples where status::text = 'accepted'`);
    if (accepted === 0 && !newest) return 0;
    try {
      await trainCandidate(tx, null);
      return 1;
    } catch (error) {
      // Too few examples to train on is not a failure of the worker: it tries again when the library changes.
      if ((error as { code?: string }).code === 'invalid_input') return 0;
      throw error;
    }
  });
}
