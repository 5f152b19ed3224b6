import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { loadLadder } from '@/lib/sanctions/suggest';
import { PageHeader } from '@/components/ui/page-header';
import { LadderEditor } from '@/components/sanctions/ladder-editor';

export const dynamic = 'force-dynamic';

export default async function SanctionLadderPage() {
  await requireStaff('sanction.ladder');
  const [t, steps] = await Promise.all([getTranslations('sanctions.ladder'), loadLadder(await getDb())]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      <LadderEditor steps={steps} />
    </div>
  );
}
