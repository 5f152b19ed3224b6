import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accounts, appeals, sanctions } from '@/db/schema';
import type { PendingApproval } from '@/lib/approvals/types';

/** Open appeals, for a supervisor who did not take the decision; urgent when the account is a minor. */
export async function appealApprovals(db: Executor): Promise<PendingApproval[]> {
  const rows = await db.select({
    id: appeals.id, statement: appeals.statement, filedAt: appeals.filedAt, accountId: sanctions.accountId,
    type: sanctions.type, handle: accounts.handle, isMinor: accounts.isMinor,
  }).from(appeals)
    .innerJoin(sanctions, eq(sanctions.id, appeals.sanctionId))
    .innerJoin(accounts, eq(accounts.id, sanctions.accountId))
    .where(eq(appeals.status, 'open'))
    .orderBy(asc(appeals.filedAt));
  return rows.map((r) => ({
    kind: 'appeal', id: r.id,
    title: { key: 'appeal', values: { type: r.type, account: r.handle || r.accountId } },
    reason: r.statement, proposedBy: null, proposedAt: r.filedAt,
    urgent: r.isMinor, href: `/accounts/${encodeURIComponent(r.accountId)}#appeal-${r.id}`,
  }));
}
