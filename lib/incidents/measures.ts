import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases, incidentCases } from '@/db/schema';
import { sectionMeasures } from '@/lib/sections/incident-measures';
import { agencyMeasures } from '@/lib/agencies/incident-measures';
import { sanctionMeasures } from '@/lib/sanctions/measures';
import { commentMeasures } from '@/lib/comments/incident-measures';
import { livestreamMeasures } from '@/lib/livestreams/incident-measures';

/**
 * Measures taken in an incident, counted from the records. Each capability that takes measures
 * (sanctions, dispersed sections, …) adds its own source here; the workspace and the disclosure
 * draft show every key any source returns.
 */
export type Measures = Record<string, number>;
type MeasureSource = (db: Executor, incidentId: string) => Promise<Measures>;

// A case's own decision column holds its final outcome, so a case decided once counts once.
const contentDecisions: MeasureSource = async (db, incidentId) => {
  const rows = await db
    .select({ action: cases.decision, n: sql<number>`count(*)::int` })
    .from(incidentCases)
    .innerJoin(cases, eq(cases.id, incidentCases.caseId))
    .where(and(eq(incidentCases.incidentId, incidentId), inArray(cases.decision, ['fold', 'remove', 'warn'])))
    .groupBy(cases.decision);
  const n = (action: string) => rows.find((r) => r.action === action)?.n ?? 0;
  return { contentFolded: n('fold'), contentRemoved: n('remove'), accountsWarned: n('warn') };
};

const linkedCases: MeasureSource = async (db, incidentId) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(incidentCases).where(eq(incidentCases.incidentId, incidentId));
  return { casesLinked: row?.n ?? 0 };
};

export const measureSources: MeasureSource[] = [linkedCases, contentDecisions, sectionMeasures, agencyMeasures, sanctionMeasures, commentMeasures, livestreamMeasures];

/**
 * One source after another: callers pass a transaction too (a disclosure draft counts inside its
 * own), and a transaction is one connection, which runs one statement at a time anyway.
 */
export async function incidentMeasures(db: Executor, incidentId: string): Promise<Measures> {
  const measures: Measures = {};
  for (const source of measureSources) Object.assign(measures, await source(db, incidentId));
  return measures;
}
