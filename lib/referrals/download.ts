import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { referrals } from '@/db/schema';
import type { ActionDefinition } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';

/**
 * Downloading a bundle reads evidence, so it takes an action's path (session, role, one transaction)
 * and leaves an audit row; the route handler only turns the bytes into a response. Not a server
 * action itself: bytes are not something a client component should be able to ask for.
 */
const input = z.object({ referralId: z.uuid() });

export const downloadBundle: ActionDefinition<typeof input, { bytes: Buffer; sha256: string; name: string }> = {
  name: 'referral.download',
  permission: 'referral.manage',
  input,
  async run({ tx, input, audit }) {
    const [row] = await tx.select({ id: referrals.id, bundle: referrals.bundle, sha256: referrals.bundleSha256, preparedAt: referrals.preparedAt })
      .from(referrals).where(eq(referrals.id, input.referralId));
    if (!row?.bundle) throw new DomainError('not_found', 'There is no such referral bundle.');
    audit({ action: 'referral.download', targetType: 'referral', targetId: row.id, after: { bundleSha256: row.sha256, bytes: row.bundle.length } });
    const name = `referral-${row.preparedAt.toISOString().slice(0, 10)}-${row.id.slice(0, 8)}.tar`;
    return { bytes: row.bundle, sha256: row.sha256, name };
  },
};
