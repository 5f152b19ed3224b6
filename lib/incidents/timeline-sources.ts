import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { agencyActions, auditLog, sanctions, sections } from '@/db/schema';

/**
 * Audit rows that belong on an incident's timeline beyond its own: what staff did to the sections,
 * rooms, accounts and agencies tied to it. A capability that acts in incidents adds a source here,
 * as it adds a measure source. Each source first finds its own ids for the incident, so the audit
 * log is then searched by (target type, target id) through its index, never scanned.
 */
type TimelineSource = {
  targetType: string;
  ids: (db: Executor, incidentId: string) => Promise<string[]>;
  /** Only these actions (default: any). */
  actions?: string[];
  /** Only staff actions: the platform's activity counts and the system's bookkeeping are noise here. */
  staffOnly?: boolean;
};

const sources: TimelineSource[] = [
  {
    targetType: 'section', staffOnly: true,
    ids: async (db, id) => (await db.select({ id: sections.id }).from(sections).where(eq(sections.incidentId, id))).map((r) => r.id),
  },
  {
    targetType: 'sanction', actions: ['sanction.apply', 'sanction.propose', 'sanction.approve', 'sanction.reject', 'sanction.end'],
    ids: async (db, id) => (await db.select({ id: sanctions.id }).from(sanctions).where(eq(sanctions.incidentId, id))).map((r) => r.id),
  },
  {
    targetType: 'agency', actions: ['agency.proposeAction', 'agency.approveAction', 'agency.rejectAction', 'agency.reverseAction'],
    ids: async (db, id) => [...new Set((await db.select({ id: agencyActions.agencyId }).from(agencyActions).where(eq(agencyActions.incidentId, id))).map((r) => r.id))],
  },
];

/** The audit-log conditions for one incident's timeline, one per source that has anything. */
export async function timelineConditions(db: Executor, incidentId: string): Promise<SQL[]> {
  const conditions: SQL[] = [];
  for (const source of sources) {
    const ids = await source.ids(db, incidentId);
    if (!ids.length) continue;
    conditions.push(and(
      eq(auditLog.targetType, source.targetType),
      inArray(auditLog.targetId, ids),
      ...(source.actions ? [inArray(auditLog.action, source.actions)] : []),
      ...(source.staffOnly ? [eq(auditLog.actorType, 'staff')] : []),
    )!);
  }
  return conditions;
}
