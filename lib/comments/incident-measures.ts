import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';

/** Comments folded and removed (as they stand now, undo included) under posts about the incident. */
export async function commentMeasures(db: Executor, incidentId: string): Promise<Record<string, number>> {
  const [row] = await queryRows<{ folded: number; removed: number }>(db, sql`
    select count(*) filter (where c.state = 'folded')::int as folded, count(*) filter (where c.state = 'removed')::int as removed
    from comments c join posts p on p.id = c.post_id where p.incident_id = ${incidentId}`);
  return { commentsFolded: row?.folded ?? 0, commentsRemoved: row?.removed ?? 0 };
}
