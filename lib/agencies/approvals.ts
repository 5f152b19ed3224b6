import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { agencies, agencyActions, incidents, staff } from '@/db/schema';
import type { ApprovalSource } from '@/lib/approvals/types';

/**
 * Proposed agency actions for the approvals queue. The title is English domain text like the other
 * sources' ("Suspend commercial income: Starlight MCN"); urgent while the incident it answers is not closed.
 */
export const typeTitles = {
  warning: 'Warn agency',
  suspend_income: 'Suspend commercial income',
  restrict_services: 'Restrict services',
  expel: 'Expel agency',
} as const;

export const agencyActionApprovals: ApprovalSource = async (db: Executor) => {
  const rows = await db.select({
    id: agencyActions.id, type: agencyActions.type, reason: agencyActions.reason, proposedAt: agencyActions.proposedAt,
    agencyId: agencies.id, agencyName: agencies.name, proposerId: staff.id, proposerName: staff.name, incidentStatus: incidents.status,
  }).from(agencyActions)
    .innerJoin(agencies, eq(agencies.id, agencyActions.agencyId))
    .innerJoin(staff, eq(staff.id, agencyActions.proposedBy))
    .leftJoin(incidents, eq(incidents.id, agencyActions.incidentId))
    .where(eq(agencyActions.status, 'proposed'))
    .orderBy(asc(agencyActions.proposedAt));
  return rows.map((r) => ({
    kind: 'agency_action',
    id: r.id,
    title: `${typeTitles[r.type]}: ${r.agencyName}`,
    reason: r.reason,
    proposedBy: { id: r.proposerId, name: r.proposerName },
    proposedAt: r.proposedAt,
    urgent: r.incidentStatus !== null && r.incidentStatus !== 'closed',
    href: `/agencies/${r.agencyId}#action-${r.id}`,
  }));
};
