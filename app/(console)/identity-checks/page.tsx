import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { openIdentityFlags } from '@/lib/identity-checks/queries';
import { PageHeader } from '@/components/ui/page-header';
import { FlagQueue } from '@/components/identity-checks/flag-queue';

export const dynamic = 'force-dynamic';

export default async function IdentityChecksPage() {
  await requireStaff('identity.review');
  const [t, flags] = await Promise.all([getTranslations('agencies.identity'), openIdentityFlags(await getDb())]);
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      <FlagQueue flags={flags} />
    </div>
  );
}
