import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accounts, sanctions, staff } from '@/db/schema';
import type { PendingApproval } from '@/lib/approvals/types';


/** Sanction proposals waiting for a second supervisor; urgent when the account is a minor or an incident is involved. */
export async function sanctionApprovals(db: Executor): Promise<PendingApproval[]> {
  const rows = await db.select({
    id: sanctions.id, accountId: sanctions.accountId, type: sanctions.type, durationHours: sanctions.durationHours,
    reason: sanctions.reason, proposedAt: sanctions.proposedAt, incidentId: sanctions.incidentId,
    proposerId: staff.id, proposerName: staff.name, handle: accounts.handle, isMinor: accounts.isMinor,
  }).from(sanctions)
    .innerJoin(staff, eq(staff.id, sanctions.proposedBy))
    .innerJoin(accounts, eq(accounts.id, sanctions.accountId))
    .where(eq(sanctions.status, 'proposed'))
    .orderBy(asc(sanctions.proposedAt));
  return rows.map((r) => ({
    kind: 'sanction', id: r.id,
    title: { key: 'sanction', values: { type: r.type, account: r.handle || r.accountId, hours: r.durationHours == null ? 'none' : String(r.durationHours) } },
    reason: r.reason, proposedBy: { id: r.proposerId, name: r.proposerName }, proposedAt: r.proposedAt,
    urgent: r.isMinor || r.incidentId !== null,
    href: `/accounts/${encodeURIComponent(r.accountId)}#sanction-${r.id}`,
  }));
}
