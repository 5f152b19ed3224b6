import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { referrals, staff, type Sanction } from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import { packBundle } from './bundle';
import { collectBundleFiles } from './collect';

/**
 * Effect of an approved referral sanction: the evidence bundle is built and stored, bytes and all,
 * in the approval's transaction, so the referral exists exactly when the sanction does. Reading the
 * evidence is on record: an audit row names who prepared it and the bundle's hash.
 */
export async function prepareReferral(tx: Tx, sanction: Sanction, staffId: string): Promise<{ id: string; sha256: string }> {
  const id = randomUUID();
  const preparedAt = new Date();
  const files = await collectBundleFiles(tx, sanction, { referralId: id, preparedAt, preparedBy: staffId });
  const { bytes, manifest, sha256 } = packBundle({ referralId: id, sanctionId: sanction.id, preparedAt: preparedAt.toISOString() }, files);
  await tx.insert(referrals).values({ id, sanctionId: sanction.id, manifest, bundleSha256: sha256, bundle: bytes, preparedBy: staffId, preparedAt });
  const [me] = await tx.select({ email: staff.email }).from(staff).where(eq(staff.id, staffId));
  await writeAudit(tx, { type: 'staff', id: staffId, label: me?.email ?? staffId }, `referral:${id}`, [{
    action: 'referral.prepare', targetType: 'referral', targetId: id,
    after: { sanctionId: sanction.id, accountId: sanction.accountId, bundleSha256: sha256, files: manifest.files.length, bytes: bytes.length },
  }]);
  await enqueueOutbox(tx, 'referral.status', sanction.accountId, { referralId: id, sanctionId: sanction.id, accountId: sanction.accountId, status: 'prepared' });
  return { id, sha256 };
}

/**
 * Effect of an overturned referral sanction. What was prepared stays (it is the record, and it may
 * already be with the authority); the platform hears that the sanction no longer stands, and the
 * referral page says so, so that staff can tell the authority.
 */
export async function noteReferralReversed(tx: Tx, sanction: Sanction): Promise<void> {
  const [referral] = await tx.select({ id: referrals.id, status: referrals.status }).from(referrals).where(eq(referrals.sanctionId, sanction.id));
  if (!referral) return;
  await enqueueOutbox(tx, 'referral.status', sanction.accountId, {
    referralId: referral.id, sanctionId: sanction.id, accountId: sanction.accountId, status: referral.status, sanctionReversed: true,
  });
}
