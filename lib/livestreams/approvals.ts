import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { hostBans, liveRooms, sections, staff } from '@/db/schema';
import type { PendingApproval } from '@/lib/approvals/types';

/** Pending host bans for /approvals; urgent when the room is self-harm or its host is a party to an open incident. */
export async function pendingHostBans(db: Executor): Promise<PendingApproval[]> {
  const rows = await db.select({
    id: hostBans.id, reason: hostBans.reason, proposedAt: hostBans.proposedAt, host: hostBans.hostAccountId,
    sectionId: sections.id, name: sections.name, proposerId: staff.id, proposerName: staff.name,
    urgent: sql<boolean>`${liveRooms.selfHarm} or exists (select 1 from incident_parties p join incidents i on i.id = p.incident_id
      where p.account_id = ${hostBans.hostAccountId} and i.status <> 'closed')`,
  }).from(hostBans)
    .innerJoin(liveRooms, eq(liveRooms.sectionId, hostBans.sectionId))
    .innerJoin(sections, eq(sections.id, hostBans.sectionId))
    .innerJoin(staff, eq(staff.id, hostBans.proposedBy))
    .where(eq(hostBans.status, 'pending'))
    .orderBy(asc(hostBans.proposedAt));
  return rows.map((r) => ({
    kind: 'host_ban',
    id: r.id,
    title: { key: 'hostBan', values: { host: r.host, name: r.name } },
    reason: r.reason,
    proposedBy: { id: r.proposerId, name: r.proposerName },
    proposedAt: r.proposedAt,
    urgent: r.urgent,
    href: `/livestreams/${r.sectionId}`,
  }));
}
