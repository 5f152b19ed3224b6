import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { liveRoomInterceptions, liveRooms, sections, type LiveRoom } from '@/db/schema';
import { rulesInForce } from '@/lib/sections/rules-in-force';
import { suspendIfNameRefused } from '@/lib/sections/suspend-by-rule';
import { DomainError } from '@/lib/actions/result';
import type { AuditInput } from '@/lib/audit/write';
import { checkTexts } from '@/lib/library/check-texts';
import { incidentOf, openIncidentKeys } from '@/lib/comments/incident-of';
import type { LivestreamEvent } from './events-schema';
import { mergeSamples } from './samples';

export type EventAnswer =
  | { index: number; type: 'room_opened'; roomId: string; created: boolean; status: string }
  | { index: number; type: 'room_ended' | 'viewers'; roomId: string; status: string }
  | { index: number; type: 'bullet_comments'; roomId: string; intercept: string[]; intercepted: number; status: string };

type Ctx = { tx: Tx; now: Date; audit: (e: AuditInput) => void };
const refuse = (index: number, field: string, message: string): never => {
  throw new DomainError('invalid_input', `Invalid input: events.${index}.${field}`, { [`events.${index}.${field}`]: [message] });
};

async function roomOf(ctx: Ctx, index: number, externalId: string): Promise<LiveRoom & { sectionExternalId: string }> {
  const [row] = await ctx.tx.select({ room: liveRooms }).from(liveRooms).innerJoin(sections, eq(sections.id, liveRooms.sectionId))
    .where(eq(sections.externalId, externalId)).for('update', { of: liveRooms });
  if (!row) return refuse(index, 'roomId', `Unknown room "${externalId}": send room_opened first`);
  return { ...row.room, sectionExternalId: externalId };
}

/**
 * Applies the platform's livestream events in order, in the caller's transaction. A room is a
 * section of kind live_room: opening one creates that section when the platform has not sent it
 * through the sections API. Bullet comments are checked against the case library; the answer names
 * the ones to intercept, and the room counts them and keeps a bounded set of samples.
 */
export async function applyLivestreamEvents(ctx: Ctx, events: readonly LivestreamEvent[]): Promise<EventAnswer[]> {
  const answers: EventAnswer[] = [];
  // Viewer counts change often: one audit row per request says which rooms' counts it set.
  const viewerCounts: Record<string, number> = {};
  let keys: Awaited<ReturnType<typeof openIncidentKeys>> | null = null;
  for (const [index, e] of events.entries()) {
    if (e.type === 'room_opened') {
      keys ??= await openIncidentKeys(ctx.tx);
      let [section] = await ctx.tx.select().from(sections).where(eq(sections.externalId, e.roomId));
      if (section && section.kind !== 'live_room') refuse(index, 'roomId', `"${e.roomId}" is a ${section.kind}, not a live room`);
      if (!section) {
        [section] = await ctx.tx.insert(sections).values({
          externalId: e.roomId, kind: 'live_room', name: e.name, ownerAccountId: e.hostAccountId,
          incidentId: incidentOf(keys, e.hostAccountId, e.name), platformCreatedAt: e.openedAt ? new Date(e.openedAt) : ctx.now, activityAt: ctx.now,
        }).returning();
        // A room is a section: a name rule in force suspends it as it would a topic.
        section = await suspendIfNameRefused(ctx.tx, section, await rulesInForce(ctx.tx, ctx.now), ctx.now, ctx.audit);
      }
      const [created] = await ctx.tx.insert(liveRooms).values({
        sectionId: section.id, hostAccountId: e.hostAccountId, openedAt: e.openedAt ? new Date(e.openedAt) : ctx.now, updatedAt: ctx.now,
      }).onConflictDoNothing().returning();
      if (created) ctx.audit({ action: 'livestream.opened', targetType: 'section', targetId: section.id, after: { roomId: e.roomId, host: e.hostAccountId, name: e.name } });
      const [room] = await ctx.tx.select({ status: liveRooms.status }).from(liveRooms).where(eq(liveRooms.sectionId, section.id));
      answers.push({ index, type: e.type, roomId: e.roomId, created: Boolean(created), status: room.status });
      continue;
    }
    const room = await roomOf(ctx, index, e.roomId);
    if (e.type === 'room_ended') {
      // A room staff stopped stays "stopped" (that is what happened to it); a live one ends.
      if (room.status === 'live') {
        await ctx.tx.update(liveRooms).set({ status: 'ended', endedAt: e.endedAt ? new Date(e.endedAt) : ctx.now, updatedAt: ctx.now }).where(eq(liveRooms.sectionId, room.sectionId));
        ctx.audit({ action: 'livestream.ended', targetType: 'section', targetId: room.sectionId, before: { status: 'live' }, after: { status: 'ended' } });
      }
      answers.push({ index, type: e.type, roomId: e.roomId, status: room.status === 'live' ? 'ended' : room.status });
    } else if (e.type === 'viewers') {
      await ctx.tx.update(liveRooms).set({ viewers: e.viewers, peakViewers: sql`greatest(${liveRooms.peakViewers}, ${e.viewers})`, updatedAt: ctx.now }).where(eq(liveRooms.sectionId, room.sectionId));
      viewerCounts[e.roomId] = e.viewers;
      answers.push({ index, type: e.type, roomId: e.roomId, status: room.status });
    } else {
      // A bullet repeated within the batch counts once.
      const bullets = [...new Map(e.comments.map((c) => [c.bulletId, c])).values()];
      const checks = await checkTexts(ctx.tx, bullets.map((c) => c.text), 'bullet');
      const hits = bullets.flatMap((c, i) => (checks[i].flagged ? [{ c, check: checks[i] }] : []));
      // Interceptions seen before (the platform sent the batch again) are answered alike but not counted.
      const stored = hits.length ? await ctx.tx.insert(liveRoomInterceptions)
        .values(hits.map(({ c, check }) => ({ sectionId: room.sectionId, bulletId: c.bulletId, accountId: c.accountId, categoryId: check.categoryId, interceptedAt: ctx.now })))
        .onConflictDoNothing().returning({ bulletId: liveRoomInterceptions.bulletId }) : [];
      const isNew = new Set(stored.map((r) => r.bulletId));
      const fresh = hits.filter((h) => isNew.has(h.c.bulletId));
      const samples = mergeSamples(room.samples, fresh.map(({ c, check }) => ({ text: c.text, accountId: c.accountId, categoryId: check.categoryId, at: c.sentAt ?? ctx.now.toISOString(), nearestExampleId: check.nearestExampleId ?? null })));
      await ctx.tx.update(liveRooms).set({
        bulletComments: sql`${liveRooms.bulletComments} + ${bullets.length - (hits.length - fresh.length)}`,
        intercepted: sql`${liveRooms.intercepted} + ${fresh.length}`,
        samples, selfHarm: room.selfHarm || fresh.some((h) => h.check.selfHarm), updatedAt: ctx.now,
      }).where(eq(liveRooms.sectionId, room.sectionId));
      if (fresh.length) ctx.audit({ action: 'livestream.intercepted', targetType: 'section', targetId: room.sectionId, after: { intercepted: fresh.length, of: bullets.length } });
      answers.push({ index, type: e.type, roomId: e.roomId, intercept: hits.map((h) => h.c.bulletId), intercepted: hits.length, status: room.status });
    }
  }
  if (Object.keys(viewerCounts).length) ctx.audit({ action: 'livestream.viewers', targetType: 'livestreams', after: { viewers: viewerCounts } });
  return answers;
}
