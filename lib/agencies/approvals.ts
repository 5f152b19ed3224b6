import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { agencies, agencyActions, incidents, staff } from '@/db/schema';
import type { ApprovalSource } from '@/lib/approvals/types';

/** Proposed agency actions for the approvals queue; urgent while the incident it answers is not closed. */

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
    title: { key: 'agencyAction', values: { type: r.type, agency: r.agencyName } },
    reason: r.reason,
    proposedBy: { id: r.proposerId, name: r.proposerName },
    proposedAt: r.proposedAt,
    urgent: r.incidentStatus !== null && r.incidentStatus !== 'closed',
    href: `/agencies/${r.agencyId}#action-${r.id}`,
  }));
};
