import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { getReferral } from '@/lib/referrals/queries';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { ReferralStatusBadge } from '@/components/referrals/status-badge';
import { ReferralSummary } from '@/components/referrals/referral-summary';
import { ReferralStatusForm } from '@/components/referrals/status-forms';
import { ManifestTable } from '@/components/referrals/manifest-table';
import { ReferralHistory } from '@/components/referrals/history';

export const dynamic = 'force-dynamic';

export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff('referral.manage');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [t, r] = await Promise.all([getTranslations('referrals'), getReferral(await getDb(), id)]);
  if (!r) notFound();
  const reversed = r.sanctionStatus === 'reversed';
  return (
    <div className="space-y-4">
      <Link href="/referrals" className="text-sm text-brand-700 hover:underline">← {t('detail.back')}</Link>
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2 whitespace-pre-wrap break-words">{t('detail.title', { account: r.displayName || r.handle || r.accountId })} <ReferralStatusBadge status={r.status} reversed={reversed} /></span>}
        actions={
          // A plain link: the route handler checks the session and role and records the download.
          <a href={`/referrals/${r.id}/bundle`} download className="inline-flex items-center rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t('detail.download')}
          </a>
        }
      />
      {reversed && <Alert>{t('reversedWarning')}</Alert>}
      <p className="text-sm text-slate-600">{t('detail.downloadHint')}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <ReferralSummary r={r} />
        <div className="space-y-4">
          <ReferralStatusForm referralId={r.id} status={r.status} reversed={reversed} />
          <ReferralHistory entries={r.history} />
        </div>
      </div>
      <ManifestTable manifest={r.manifest} />
    </div>
  );
}
