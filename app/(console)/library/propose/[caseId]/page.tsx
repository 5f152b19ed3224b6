import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ProposeForm } from '@/components/library/propose-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { proposalSource } from '@/lib/library/proposal';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ProposePage({ params }: { params: Promise<{ caseId: string }> }) {
  await requireStaff('library.propose');
  const { caseId } = await params;
  if (!uuid.test(caseId)) notFound();
  const [source, t] = await Promise.all([getDb().then((db) => proposalSource(db, caseId)), getTranslations('library')]);
  return (
    <div className="max-w-3xl space-y-3">
      <Link href={`/cases/${caseId}`} className="text-sm text-brand-700 hover:underline">← {t('detail.openSource')}</Link>
      <PageHeader title={t('propose.title')} description={t('propose.description')} />
      {!source ? <Alert>{t('propose.notDecided')}</Alert>
        : source.alreadyProposed ? <Alert tone="info">{t('propose.already')}</Alert>
          : <ProposeForm caseId={caseId} text={source.text} context={source.context} suggested={source.suggested} verdictLabel={t(`verdict.${source.verdict}`)} />}
    </div>
  );
}
