import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sectionClosures, sectionDispersals } from '@/db/schema';

/** Sections dispersed (and not restored) and closed in an incident, for its measures and disclosure. */
export async function sectionMeasures(db: Executor, incidentId: string): Promise<Record<string, number>> {
  // In turn, not in parallel: the caller may pass a transaction (one connection).
  const [dispersed] = await db.select({ n: sql<number>`count(distinct ${sectionDispersals.sectionId})::int` }).from(sectionDispersals)
    .where(and(eq(sectionDispersals.incidentId, incidentId), isNull(sectionDispersals.restoredAt)));
  const [closed] = await db.select({ n: sql<number>`count(distinct ${sectionClosures.sectionId})::int` }).from(sectionClosures)
    .where(and(eq(sectionClosures.incidentId, incidentId), eq(sectionClosures.status, 'approved')));
  return { sectionsDispersed: dispersed?.n ?? 0, sectionsClosed: closed?.n ?? 0 };
}
