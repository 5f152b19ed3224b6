'use server';

import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { referrals, sanctions } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import { verifyBundle } from './bundle';
import { MAX_VERIFY_BASE64 } from './limits';
import { transitionBlocker, type ReferralStatus } from './status';

async function lockReferral(tx: Tx, id: string, to: ReferralStatus) {
  const [row] = await tx.select({ id: referrals.id, status: referrals.status, sanctionId: referrals.sanctionId, accountId: sanctions.accountId, sanctionStatus: sanctions.status })
    .from(referrals).innerJoin(sanctions, eq(sanctions.id, referrals.sanctionId)).where(eq(referrals.id, id)).for('update', { of: referrals });
  if (!row) throw new DomainError('not_found', 'There is no such referral.');
  const blocker = transitionBlocker(row.status, to);
  if (blocker) throw new DomainError('conflict', blocker.message, { status: [blocker.code] });
  return row;
}

const day = z.iso.date().refine((d) => new Date(`${d}T00:00:00Z`).getTime() <= Date.now() + 86_400_000, 'The date cannot be in the future.');

export const markReferralSent = defineAction({
  name: 'referral.send',
  permission: 'referral.manage',
  input: z.object({
    referralId: z.uuid(),
    authority: z.string().trim().min(2, 'Name the authority it was sent to.').max(200),
    reference: z.string().trim().max(200).default(''),
    sentOn: day,
  }),
  async run({ tx, input, audit }) {
    const row = await lockReferral(tx, input.referralId, 'sent');
    // An overturned referral must not go out: the appeal decided the account should not be referred.
    if (row.sanctionStatus === 'reversed') throw new DomainError('conflict', 'The referral was overturned on appeal; it cannot be sent.', { status: ['overturned'] });
    const sentAt = new Date(`${input.sentOn}T00:00:00Z`);
    await tx.update(referrals).set({ status: 'sent', authority: input.authority, reference: input.reference, sentAt }).where(eq(referrals.id, row.id));
    audit({ action: 'referral.send', targetType: 'referral', targetId: row.id, before: { status: row.status }, after: { status: 'sent', authority: input.authority, reference: input.reference, sentOn: input.sentOn } });
    await enqueueOutbox(tx, 'referral.status', row.accountId, { referralId: row.id, sanctionId: row.sanctionId, accountId: row.accountId, status: 'sent', authority: input.authority, sentAt: sentAt.toISOString() });
    return { id: row.id, status: 'sent' as const };
  },
});

export const markReferralAcknowledged = defineAction({
  name: 'referral.acknowledge',
  permission: 'referral.manage',
  input: z.object({ referralId: z.uuid(), reference: z.string().trim().max(200).optional() }),
  async run({ tx, input, audit }) {
    const row = await lockReferral(tx, input.referralId, 'acknowledged');
    // The authority often assigns its own case number only when it acknowledges.
    const reference = input.reference ? { reference: input.reference } : {};
    await tx.update(referrals).set({ status: 'acknowledged', acknowledgedAt: sql`now()`, ...reference }).where(eq(referrals.id, row.id));
    audit({ action: 'referral.acknowledge', targetType: 'referral', targetId: row.id, before: { status: row.status }, after: { status: 'acknowledged', ...reference } });
    await enqueueOutbox(tx, 'referral.status', row.accountId, { referralId: row.id, sanctionId: row.sanctionId, accountId: row.accountId, status: 'acknowledged' });
    return { id: row.id, status: 'acknowledged' as const };
  },
});

/**
 * Checks an uploaded bundle (a copy returned by the authority, or one from the archive) against its
 * own manifest and, when it names one of ours, against the hash recorded when it was prepared.
 */
export const checkReferralBundle = defineAction({
  name: 'referral.verify',
  permission: 'referral.manage',
  input: z.object({ fileName: z.string().max(300), base64: z.base64().max(MAX_VERIFY_BASE64) }),
  async run({ tx, input, audit }) {
    const bytes = Buffer.from(input.base64, 'base64');
    const first = verifyBundle(bytes);
    const referralId = first.referralId && z.uuid().safeParse(first.referralId).success ? first.referralId : null;
    const [known] = referralId ? await tx.select({ id: referrals.id, sha: referrals.bundleSha256 }).from(referrals).where(eq(referrals.id, referralId)) : [];
    const check = known ? verifyBundle(bytes, known.sha) : first;
    audit({ action: 'referral.verify', targetType: 'referral', targetId: known?.id ?? null, after: { fileName: input.fileName, bytes: bytes.length, sha256: check.sha256, ok: check.ok } });
    return { ...check, referralId: known?.id ?? null, recorded: !!known };
  },
});
