import type { Executor } from '@/db/client';
import type { ApprovalSource, PendingApproval } from './types';
import { pendingSectionClosures } from '@/lib/sections/approvals';
import { agencyActionApprovals } from '@/lib/agencies/approvals';
import { sanctionApprovals } from '@/lib/sanctions/approvals';
import { appealApprovals } from '@/lib/appeals/approvals';
import { pendingHostBans } from '@/lib/livestreams/approvals';
import { pendingDisclosures } from '@/lib/disclosures/approvals';

/**
 * Every capability whose actions wait for a second supervisor adds its source here; the approvals
 * queue shows what all of them return, urgent first, then oldest first.
 */
export const approvalSources: ApprovalSource[] = [
  pendingHostBans,
  pendingSectionClosures,
  agencyActionApprovals,
  sanctionApprovals,
  appealApprovals,
  pendingDisclosures,
];

export async function pendingApprovals(db: Executor): Promise<PendingApproval[]> {
  const lists = await Promise.all(approvalSources.map((source) => source(db)));
  return lists.flat().sort((a, b) =>
    Number(Boolean(b.urgent)) - Number(Boolean(a.urgent)) || a.proposedAt.getTime() - b.proposedAt.getTime());
}
