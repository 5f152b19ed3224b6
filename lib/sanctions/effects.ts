import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { accounts, type Sanction, type SanctionType } from '@/db/schema';
import { liftRegistrationBan, placeRegistrationBan } from '@/lib/registration/bans';
import { noteReferralReversed, prepareReferral } from '@/lib/referrals/prepare';

/**
 * What a sanction does beyond its own row when it takes effect or is reversed. Activation (a direct
 * apply or a four-eyes approval) runs onActivate in the same transaction; an overturned appeal runs
 * onReverse. Capabilities register their type's effects here: closure below; registration_ban and
 * referral by the bans+referrals capability. Ending by time runs no effect: a timed sanction's
 * effect is the platform's to lift when it hears 'sanction.ended'.
 */
export type SanctionEffect = {
  onActivate?(tx: Tx, sanction: Sanction, staffId: string): Promise<void>;
  onReverse?(tx: Tx, sanction: Sanction, staffId: string): Promise<void>;
};

export const sanctionEffects: Partial<Record<SanctionType, SanctionEffect>> = {
  closure: {
    async onActivate(tx, sanction) {
      await tx.update(accounts).set({ status: 'closed', updatedAt: sql`now()` }).where(eq(accounts.id, sanction.accountId));
    },
    async onReverse(tx, sanction) {
      await tx.update(accounts).set({ status: 'active', updatedAt: sql`now()` }).where(eq(accounts.id, sanction.accountId));
    },
  },
  // The identity hash is banned from registering (refused without a verified identity); lifted on appeal.
  registration_ban: {
    onActivate: (tx, sanction) => placeRegistrationBan(tx, sanction),
    onReverse: (tx, sanction) => liftRegistrationBan(tx, sanction),
  },
  // The evidence bundle is prepared and stored; an overturned referral is announced, the bundle kept.
  referral: {
    onActivate: async (tx, sanction, staffId) => void (await prepareReferral(tx, sanction, staffId)),
    onReverse: (tx, sanction) => noteReferralReversed(tx, sanction),
  },
};

export async function runActivateEffects(tx: Tx, sanction: Sanction, staffId: string) {
  await sanctionEffects[sanction.type]?.onActivate?.(tx, sanction, staffId);
}

export async function runReverseEffects(tx: Tx, sanction: Sanction, staffId: string) {
  await sanctionEffects[sanction.type]?.onReverse?.(tx, sanction, staffId);
}
