import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { pendingApprovals } from '@/lib/approvals/sources';
import { PageHeader } from '@/components/ui/page-header';
import { ApprovalsTable } from '@/components/approvals/approvals-table';

export const dynamic = 'force-dynamic';

export default async function ApprovalsPage() {
  const me = await requireStaff('approvals.view');
  const [t, rows] = await Promise.all([getTranslations('approvals'), pendingApprovals(await getDb())]);
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      <ApprovalsTable rows={rows} meId={me.id} />
    </div>
  );
}
