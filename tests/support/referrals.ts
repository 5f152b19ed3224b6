import { randomUUID } from 'node:crypto';
import type { Executor } from '@/db/client';
import { accounts, sanctionCases, sanctions, type Sanction, type SanctionType } from '@/db/schema';
import { identityHash } from '@/lib/registration/identity-hash';

/** Fixed for every test process, so hashes written by one helper match checks made by another. */
export const TEST_REGISTRY_SECRET = 'test-registry-secret';
process.env.REGISTRY_HMAC_SECRET = TEST_REGISTRY_SECRET;

let n = 0;
/** A fresh 18-character resident ID number, different every call. */
export function newIdentity(): string {
  n += 1;
  const digits = `${Date.now()}${n}${Math.floor(Math.random() * 1e6)}`.replace(/\D/g, '').padEnd(17, '7').slice(-17);
  return `${digits}X`;
}

/** A platform account, verified with this identity (its hash only) unless identity is null. */
export async function insertAccount(db: Executor, identity: string | null = newIdentity()) {
  const id = `acct-${randomUUID().slice(0, 12)}`;
  await db.insert(accounts).values({
    id, handle: `handle_${id}`, displayName: `Display ${id}`,
    verification: identity ? 'verified' : 'unverified', identityHash: identity ? identityHash(identity) : null,
  });
  return { id, identity };
}

/** A sanction row as the sanctions workflow leaves it (proposed, or approved and active). */
export async function insertSanction(db: Executor, spec: {
  accountId: string; type: SanctionType; proposedBy: string; decidedBy?: string; status?: Sanction['status'];
  endsAt?: Date | null; durationHours?: number | null; caseIds?: string[];
}): Promise<Sanction> {
  const status = spec.status ?? (spec.decidedBy ? 'active' : 'proposed');
  const now = new Date();
  const [row] = await db.insert(sanctions).values({
    accountId: spec.accountId, type: spec.type, status, role: 'originator', reason: `test ${spec.type}`,
    proposedBy: spec.proposedBy, proposedAt: now, endsAt: spec.endsAt ?? null, durationHours: spec.durationHours ?? null,
    ...(spec.decidedBy ? { decidedBy: spec.decidedBy, decidedAt: now, startsAt: now, decisionReason: 'approved in test' } : {}),
  }).returning();
  if (spec.caseIds?.length) await db.insert(sanctionCases).values(spec.caseIds.map((caseId) => ({ sanctionId: row.id, caseId })));
  return row;
}

/**
 * A referral approved the way the workflow approves one: a proposed referral sanction with two
 * decided cases, whose activation effect builds the bundle.
 */
export async function insertPreparedReferral(db: import('@/db/client').Db, proposedBy: string, approvedBy: string) {
  const { insertDecidedCase } = await import('./library');
  const { prepareReferral } = await import('@/lib/referrals/prepare');
  const account = await insertAccount(db);
  const caseIds = [];
  for (let i = 0; i < 2; i++) caseIds.push((await insertDecidedCase(db, approvedBy, 'remove', { subjectAccountId: account.id, text: `threat ${i} <script>x</script>` })).id);
  const sanction = await insertSanction(db, { accountId: account.id, type: 'referral', proposedBy, decidedBy: approvedBy, caseIds });
  const referral = await db.transaction((tx) => prepareReferral(tx, sanction, approvedBy));
  return { account, sanction, caseIds, referralId: referral.id, sha256: referral.sha256 };
}
