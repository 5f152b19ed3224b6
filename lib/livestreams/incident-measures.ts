import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';

/**
 * Live rooms stopped and hosts banned in an incident: rooms whose section is linked to it or whose
 * host is one of its parties.
 */
export async function livestreamMeasures(db: Executor, incidentId: string): Promise<Record<string, number>> {
  const [row] = await queryRows<{ stopped: number; banned: number }>(db, sql`
    with rooms as (
      select r.section_id, r.status from live_rooms r join sections s on s.id = r.section_id
      where s.incident_id = ${incidentId}
         or exists (select 1 from incident_parties p where p.incident_id = ${incidentId} and p.account_id = r.host_account_id)
    )
    select (select count(*) from rooms where status = 'stopped')::int as stopped,
           (select count(*) from host_bans b join rooms on rooms.section_id = b.section_id where b.status = 'approved')::int as banned`);
  return { roomsStopped: row?.stopped ?? 0, hostsBanned: row?.banned ?? 0 };
}
