import type { Executor } from '@/db/client';
import { sanctionLadderSteps } from '@/db/schema';
import { defaultLadder } from '@/lib/sanctions/ladder';

/** The default sanction ladder, so a fresh installation suggests steps. Safe to run twice; keeps admins' edits. */
export async function seedSanctionLadder(tx: Executor) {
  await tx.insert(sanctionLadderSteps).values(defaultLadder).onConflictDoNothing();
}
