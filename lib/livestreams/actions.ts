'use server';

import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { hostBans, liveRooms, sections } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { assertDecisionReason, assertSecondPerson } from '@/lib/approvals/four-eyes';
import { enqueueOutbox } from '@/lib/outbox/enqueue';

const reason = z.string().trim().min(3, 'Give a reason of at least 3 characters.').max(2000);

async function lockedRoom(tx: Tx, sectionId: string) {
  const [row] = await tx.select({ room: liveRooms, externalId: sections.externalId, name: sections.name })
    .from(liveRooms).innerJoin(sections, eq(sections.id, liveRooms.sectionId))
    .where(eq(liveRooms.sectionId, sectionId)).for('update', { of: liveRooms });
  if (!row) throw new DomainError('not_found', 'There is no such live room.');
  return row;
}

/** Stops a live room now; the platform cuts the stream when it reads the outbox message. */
export const stopRoom = defineAction({
  name: 'livestream.stop',
  permission: 'livestream.act',
  input: z.object({ sectionId: z.uuid(), reason }),
  async run({ tx, input, staff, audit }) {
    const { room, externalId } = await lockedRoom(tx, input.sectionId);
    if (room.status !== 'live') throw new DomainError('conflict', `This room is already ${room.status}.`);
    await tx.update(liveRooms).set({ status: 'stopped', stoppedBy: staff.id, stoppedAt: sql`now()`, stopReason: input.reason, updatedAt: sql`now()` })
      .where(eq(liveRooms.sectionId, room.sectionId));
    await enqueueOutbox(tx, 'livestream.stopped', externalId, { roomId: externalId, hostAccountId: room.hostAccountId, reason: input.reason });
    audit({ action: 'livestream.stop', targetType: 'section', targetId: room.sectionId, before: { status: room.status }, after: { status: 'stopped', reason: input.reason } });
    return { sectionId: room.sectionId };
  },
});

/** Proposes banning the room's host; a supervisor other than the proposer decides (four-eyes). */
export const proposeHostBan = defineAction({
  name: 'livestream.proposeHostBan',
  permission: 'livestream.act',
  input: z.object({ sectionId: z.uuid(), reason }),
  async run({ tx, input, staff, audit }) {
    const { room } = await lockedRoom(tx, input.sectionId);
    const [pending] = await tx.select({ id: hostBans.id }).from(hostBans).where(and(eq(hostBans.sectionId, room.sectionId), eq(hostBans.status, 'pending')));
    if (pending) throw new DomainError('conflict', 'A ban of this host is already waiting for a decision.');
    const [row] = await tx.insert(hostBans).values({ sectionId: room.sectionId, hostAccountId: room.hostAccountId, reason: input.reason, proposedBy: staff.id }).returning();
    audit({ action: 'livestream.proposeHostBan', targetType: 'host_ban', targetId: row.id, after: { sectionId: room.sectionId, host: room.hostAccountId, reason: input.reason } });
    return { banId: row.id };
  },
});

/** Approves or rejects a pending host ban, with a reason; never by its proposer. An approval goes to the platform. */
export const decideHostBan = defineAction({
  name: 'livestream.decideHostBan',
  permission: 'livestream.approve',
  input: z.object({ banId: z.uuid(), decision: z.enum(['approved', 'rejected']), reason: z.string().max(2000) }),
  async run({ tx, input, staff, audit }) {
    const [ban] = await tx.select().from(hostBans).where(eq(hostBans.id, input.banId)).for('update');
    if (!ban) throw new DomainError('not_found', 'There is no such proposal.');
    if (ban.status !== 'pending') throw new DomainError('conflict', `This proposal was already ${ban.status}.`);
    assertSecondPerson(ban.proposedBy, staff.id);
    assertDecisionReason(input.reason);
    await tx.update(hostBans).set({ status: input.decision, decidedBy: staff.id, decidedAt: sql`now()`, decisionReason: input.reason.trim() }).where(eq(hostBans.id, ban.id));
    if (input.decision === 'approved') {
      const [section] = await tx.select({ externalId: sections.externalId }).from(sections).where(eq(sections.id, ban.sectionId));
      await enqueueOutbox(tx, 'livestream.host_banned', ban.hostAccountId, { hostAccountId: ban.hostAccountId, roomId: section.externalId, reason: ban.reason, decisionReason: input.reason.trim() });
    }
    audit({ action: `livestream.${input.decision === 'approved' ? 'approveHostBan' : 'rejectHostBan'}`, targetType: 'host_ban', targetId: ban.id, before: { status: 'pending' }, after: { status: input.decision, reason: input.reason.trim() } });
    return { banId: ban.id, status: input.decision };
  },
});
