import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { disclosureVersions, disclosures, incidents, staff } from '@/db/schema';
import type { PendingApproval } from '@/lib/approvals/types';

/**
 * Disclosures waiting for a supervisor other than their author, for /approvals: submitted ones to
 * review, approved ones to publish. Urgent when the incident's risk is high or critical.
 */
export async function pendingDisclosures(db: Executor): Promise<PendingApproval[]> {
  const v = disclosureVersions;
  const rows = await db.select({
    disclosureId: v.disclosureId, status: v.status, version: v.version, titleEn: v.titleEn, titleZh: v.titleZh,
    correctionNote: v.correctionNote, waitingSince: sql<Date>`coalesce(${v.reviewedAt}, ${v.submittedAt}, ${v.updatedAt})`.mapWith((x) => new Date(x)),
    authorId: staff.id, authorName: staff.name, risk: incidents.risk,
  }).from(v)
    .innerJoin(disclosures, eq(disclosures.id, v.disclosureId))
    .innerJoin(incidents, eq(incidents.id, disclosures.incidentId))
    .innerJoin(staff, eq(staff.id, v.authorId))
    .where(and(inArray(v.status, ['in_review', 'approved'])))
    .orderBy(asc(v.updatedAt));
  return rows.map((r) => ({
    kind: 'disclosure',
    id: r.disclosureId,
    title: { key: 'disclosure', values: { stage: r.status === 'approved' ? 'publish' : 'review', titleEn: r.titleEn, titleZh: r.titleZh, version: String(r.version) } },
    reason: r.correctionNote ?? '',
    proposedBy: { id: r.authorId, name: r.authorName },
    proposedAt: r.waitingSince,
    urgent: r.risk === 'high' || r.risk === 'critical',
    href: `/disclosures/${r.disclosureId}`,
  }));
}
