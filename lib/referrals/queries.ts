import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { accounts, auditLog, referrals, sanctions, staff } from '@/db/schema';
import type { Manifest } from './bundle';

const preparer = alias(staff, 'preparer');

const listColumns = {
  id: referrals.id, status: referrals.status, authority: referrals.authority, reference: referrals.reference,
  preparedAt: referrals.preparedAt, sentAt: referrals.sentAt, acknowledgedAt: referrals.acknowledgedAt,
  bundleSha256: referrals.bundleSha256, sanctionId: referrals.sanctionId, sanctionStatus: sanctions.status,
  accountId: sanctions.accountId, handle: accounts.handle, displayName: accounts.displayName, preparedByName: preparer.name,
};

export type ReferralRow = Awaited<ReturnType<typeof listReferrals>>[number];

/** Open referrals first (prepared, then sent), newest first within each. */
export async function listReferrals(db: Executor) {
  return db.select(listColumns).from(referrals)
    .innerJoin(sanctions, eq(sanctions.id, referrals.sanctionId))
    .leftJoin(accounts, eq(accounts.id, sanctions.accountId))
    .innerJoin(preparer, eq(preparer.id, referrals.preparedBy))
    .orderBy(sql`case ${referrals.status} when 'prepared' then 0 when 'sent' then 1 else 2 end`, desc(referrals.preparedAt))
    .limit(500);
}

export type ReferralDetail = ReferralRow & {
  manifest: Manifest; bundleBytes: number; reason: string; type: string;
  history: { id: number; at: Date; action: string; actorLabel: string | null; after: unknown }[];
};

export async function getReferral(db: Executor, id: string): Promise<ReferralDetail | null> {
  const [row] = await db.select({
    ...listColumns, manifest: referrals.manifest, reason: sanctions.reason, type: sanctions.type,
    bundleBytes: sql<number>`coalesce(octet_length(${referrals.bundle}), 0)::int`,
  }).from(referrals)
    .innerJoin(sanctions, eq(sanctions.id, referrals.sanctionId))
    .leftJoin(accounts, eq(accounts.id, sanctions.accountId))
    .innerJoin(preparer, eq(preparer.id, referrals.preparedBy))
    .where(eq(referrals.id, id));
  if (!row) return null;
  const history = await db.select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorLabel: auditLog.actorLabel, after: auditLog.after })
    .from(auditLog).where(sql`${auditLog.targetType} = 'referral' and ${auditLog.targetId} = ${id}`).orderBy(asc(auditLog.at), asc(auditLog.id));
  return { ...row, manifest: row.manifest as Manifest, history };
}
