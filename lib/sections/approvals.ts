import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { incidents, sectionClosures, sections, staff } from '@/db/schema';
import type { PendingApproval } from '@/lib/approvals/types';

/** Pending section closures for /approvals; urgent when the section is tied to an active or high-risk incident. */
export async function pendingSectionClosures(db: Executor): Promise<PendingApproval[]> {
  const rows = await db.select({
    id: sectionClosures.id, target: sectionClosures.target, reason: sectionClosures.reason, proposedAt: sectionClosures.proposedAt,
    sectionId: sections.id, name: sections.name, kind: sections.kind, owner: sections.ownerAccountId,
    proposerId: staff.id, proposerName: staff.name, incidentStatus: incidents.status, incidentRisk: incidents.risk,
  }).from(sectionClosures)
    .innerJoin(sections, eq(sections.id, sectionClosures.sectionId))
    .innerJoin(staff, eq(staff.id, sectionClosures.proposedBy))
    .leftJoin(incidents, eq(incidents.id, sectionClosures.incidentId))
    .where(eq(sectionClosures.status, 'pending'))
    .orderBy(asc(sectionClosures.proposedAt));
  return rows.map((r) => ({
    kind: 'section_closure',
    id: r.id,
    title: r.target === 'group_account'
      ? { key: 'groupAccountClosure', values: { owner: r.owner ?? '', name: r.name } }
      : { key: 'sectionClosure', values: { kind: r.kind, name: r.name } },
    reason: r.reason,
    proposedBy: { id: r.proposerId, name: r.proposerName },
    proposedAt: r.proposedAt,
    urgent: r.incidentStatus === 'active' || r.incidentRisk === 'high' || r.incidentRisk === 'critical',
    href: `/sections/${r.sectionId}`,
  }));
}
