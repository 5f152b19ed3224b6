import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { hostBans, incidents, liveRooms, sections, staff, type LiveRoom, type LiveRoomStatus } from '@/db/schema';
import { incidentsMentionedIn, incidentTerms, type IncidentKeys } from '@/lib/incidents/terms';
import { compareRooms } from './order';

export type RoomRow = LiveRoom & {
  externalId: string; name: string; watched: boolean;
  /** The room's incident: the one its section is linked to, else the one its host is a party to, else one its name mentions. */
  incidentId: string | null; incidentTitle: string | null; pendingBan: boolean;
};
export type RoomFilters = { status?: LiveRoomStatus | null; watched?: boolean };

const LIST_LIMIT = 300;

// The open incident whose party hosts the room, read from incident_parties (lib/incidents owns it).
const partyIncident = sql<string | null>`(select p.incident_id from incident_parties p join incidents i on i.id = p.incident_id
  where p.account_id = ${liveRooms.hostAccountId} and i.status <> 'closed' order by i.created_at limit 1)`;

function roomSelect(db: Executor, where: SQL | undefined) {
  const linked = alias(incidents, 'linked');
  return db.select({
    room: liveRooms, externalId: sections.externalId, name: sections.name, sectionIncident: sections.incidentId,
    partyIncident, incidentTitle: sql<string | null>`coalesce(${linked.title}, (select title from incidents where id = ${partyIncident}))`,
    pendingBan: sql<boolean>`exists (select 1 from host_bans b where b.section_id = ${liveRooms.sectionId} and b.status = 'pending')`,
  }).from(liveRooms).innerJoin(sections, eq(sections.id, liveRooms.sectionId))
    .leftJoin(linked, eq(linked.id, sections.incidentId)).where(where);
}

type Selected = Awaited<ReturnType<typeof roomSelect>>[number];
const toRow = (r: Selected): RoomRow => ({
  ...r.room, externalId: r.externalId, name: r.name, watched: r.partyIncident !== null,
  incidentId: r.sectionIncident ?? r.partyIncident, incidentTitle: r.incidentTitle, pendingBan: r.pendingBan,
});

/** A room with no linked incident and no party host may still be named after one (its title mentions it). */
function withNamedIncident(rows: RoomRow[], keys: readonly IncidentKeys[]): RoomRow[] {
  return rows.map((r) => {
    if (r.incidentId) return r;
    const named = incidentsMentionedIn(r.name, keys)[0];
    return named ? { ...r, incidentId: named.incidentId, incidentTitle: named.title } : r;
  });
}

/** Rooms in list order (lib/livestreams/order.ts): live first, self-harm on top, then watched ones. */
export async function listRooms(db: Executor, f: RoomFilters = {}): Promise<RoomRow[]> {
  const parts: SQL[] = [];
  if (f.status) parts.push(eq(liveRooms.status, f.status));
  if (f.watched) parts.push(sql`${partyIncident} is not null`);
  const rows = await roomSelect(db, parts.length ? and(...parts) : undefined)
    .orderBy(sql`${liveRooms.status} = 'live' desc`, desc(liveRooms.selfHarm), desc(liveRooms.openedAt)).limit(LIST_LIMIT);
  return withNamedIncident(rows.map(toRow), await incidentTerms(db)).sort(compareRooms);
}

export async function loadRoom(db: Executor, sectionId: string) {
  const [row] = await roomSelect(db, eq(liveRooms.sectionId, sectionId));
  if (!row) return null;
  const proposer = alias(staff, 'proposer');
  const decider = alias(staff, 'decider');
  const bans = await db.select({ ban: hostBans, proposerName: proposer.name, deciderName: decider.name }).from(hostBans)
    .innerJoin(proposer, eq(proposer.id, hostBans.proposedBy)).leftJoin(decider, eq(decider.id, hostBans.decidedBy))
    .where(eq(hostBans.sectionId, sectionId)).orderBy(desc(hostBans.proposedAt));
  const [stopper] = row.room.stoppedBy ? await db.select({ name: staff.name }).from(staff).where(eq(staff.id, row.room.stoppedBy)) : [];
  const [room] = withNamedIncident([toRow(row)], await incidentTerms(db));
  return { room, bans, stoppedByName: stopper?.name ?? null };
}
