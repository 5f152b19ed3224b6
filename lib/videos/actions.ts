'use server';

import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { prepublicationVideos } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { enqueueOutbox } from '@/lib/outbox/enqueue';

/**
 * Approving publishes the held video, rejecting keeps it off the platform; either way with a reason
 * the uploader's appeal and the audit log can read. Only a held video can be decided, once.
 */
export const decideVideo = defineAction({
  name: 'video.decide',
  permission: 'video.review',
  input: z.object({
    videoId: z.uuid(),
    decision: z.enum(['approved', 'rejected']),
    reason: z.string().trim().min(3, 'Give a reason of at least 3 characters.').max(2000),
  }),
  async run({ tx, input, staff, audit }) {
    const [row] = await tx.update(prepublicationVideos)
      .set({ status: input.decision, decisionReason: input.reason, decidedBy: staff.id, decidedAt: sql`now()` })
      .where(and(eq(prepublicationVideos.id, input.videoId), eq(prepublicationVideos.status, 'held')))
      .returning();
    if (!row) {
      const [exists] = await tx.select({ status: prepublicationVideos.status }).from(prepublicationVideos).where(eq(prepublicationVideos.id, input.videoId));
      if (!exists) throw new DomainError('not_found', 'There is no such video.');
      throw new DomainError('conflict', `This video was already ${exists.status}.`);
    }
    await enqueueOutbox(tx, 'video.prepublication_decided', row.externalId, {
      videoId: row.externalId, decision: input.decision, publish: input.decision === 'approved', reason: input.reason,
      decidedAt: row.decidedAt?.toISOString(),
    });
    audit({ action: `video.${input.decision === 'approved' ? 'approve' : 'reject'}`, targetType: 'video', targetId: row.id, before: { status: 'held' }, after: { status: row.status, reason: input.reason } });
    return { id: row.id, status: row.status };
  },
});
