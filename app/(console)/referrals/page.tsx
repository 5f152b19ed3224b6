import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { listReferrals } from '@/lib/referrals/queries';
import { bansInForce } from '@/lib/registration/queries';
import { PageHeader } from '@/components/ui/page-header';
import { ReferralTable } from '@/components/referrals/referral-table';
import { VerifyBundleForm } from '@/components/referrals/verify-form';
import { RegistrationBansTable } from '@/components/registration/bans-table';

export const dynamic = 'force-dynamic';

export default async function ReferralsPage() {
  await requireStaff('referral.manage');
  const db = await getDb();
  const [t, rows, bans] = await Promise.all([getTranslations('referrals'), listReferrals(db), bansInForce(db)]);
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      <ReferralTable rows={rows} />
      <VerifyBundleForm />
      <RegistrationBansTable rows={bans} />
    </div>
  );
}
