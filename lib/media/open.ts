import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { evidenceSnapshots } from '@/db/schema';
import type { ActionDefinition } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { verifyEvidence } from '@/lib/reports/evidence';
import { MAX_MEDIA_ITEMS, mediaOf, type MediaItem } from './schema';

const input = z.object({
  evidenceId: z.uuid('evidenceId must be a UUID'),
  index: z.coerce.number().int('index must be a whole number').min(0, 'index must be at least 0').max(MAX_MEDIA_ITEMS - 1, `index must be below ${MAX_MEDIA_ITEMS}`),
});

/**
 * Opening reported media takes an action's path (session, case.view, one transaction) and leaves an
 * audit row naming the item and its recorded hash; the route handler then fetches and checks the
 * bytes outside the transaction, so no database transaction waits on a remote server. Not a server
 * action: bytes are not something a client component should ask for through one.
 */
export const openMedia: ActionDefinition<typeof input, MediaItem> = {
  name: 'media.open',
  permission: 'case.view',
  input,
  async run({ tx, input, audit }) {
    const [row] = await tx.select({ content: evidenceSnapshots.content, sha256: evidenceSnapshots.sha256 }).from(evidenceSnapshots).where(eq(evidenceSnapshots.id, input.evidenceId));
    const item = row ? mediaOf(row.content)[input.index] : undefined;
    if (!item) throw new DomainError('not_found', 'There is no such media item.');
    // The URL and hash come from the snapshot: if it no longer matches its own hash, neither is trusted.
    if (!verifyEvidence(row.content, row.sha256)) throw new DomainError('conflict', 'The evidence snapshot was changed after capture, so its media is not served.', { evidence: ['tampered'] });
    audit({ action: 'media.open', targetType: 'evidence', targetId: input.evidenceId, after: { index: input.index, kind: item.kind, sha256: item.sha256 } });
    return item;
  },
};
