import { eq } from 'drizzle-orm';
import { referrals } from '@/db/schema';
import { createStaff } from '../../support/staff';
import { insertPreparedReferral } from '../../support/referrals';
import type { Fixtures } from './types';

// A fresh referral per call, prepared by two other supervisors, so any caller may move it on.
async function prepared(db: Parameters<typeof insertPreparedReferral>[0]) {
  const [a, b] = [await createStaff(db, 'supervisor'), await createStaff(db, 'supervisor')];
  return insertPreparedReferral(db, a.id, b.id);
}

export const fixtures: Fixtures = {
  actions: {
    'referral.send': async ({ db }) => ({ referralId: (await prepared(db)).referralId, authority: 'City police cyber unit', reference: 'AUTHZ-1', sentOn: '2026-11-20' }),
    'referral.acknowledge': async ({ db }) => {
      const r = await prepared(db);
      await db.update(referrals).set({ status: 'sent', authority: 'City police', sentAt: new Date() }).where(eq(referrals.id, r.referralId));
      return { referralId: r.referralId };
    },
    'referral.verify': async ({ db }) => {
      const r = await prepared(db);
      const [row] = await db.select({ bundle: referrals.bundle }).from(referrals).where(eq(referrals.id, r.referralId));
      return { fileName: 'bundle.tar', base64: row.bundle!.toString('base64') };
    },
  },
};
