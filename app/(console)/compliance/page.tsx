import { getTimeZone, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { today } from '@/lib/compliance/period';
import { getReport, listReports } from '@/lib/compliance/queries';
import { PageHeader } from '@/components/ui/page-header';
import { GenerateForm } from '@/components/compliance/generate-form';
import { ReportList } from '@/components/compliance/report-list';
import { ReportFigures } from '@/components/compliance/report-figures';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function CompliancePage({ searchParams }: Props) {
  const me = await requireStaff('compliance.view');
  const [t, timeZone, raw, db] = await Promise.all([getTranslations('compliance'), getTimeZone(), searchParams, getDb()]);
  const reports = await listReports(db);
  const wanted = typeof raw.report === 'string' && uuid.test(raw.report) ? raw.report : reports[0]?.id;
  const shown = wanted ? await getReport(db, wanted) : null;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="space-y-6">
        {can(me.role, 'compliance.generate') && <GenerateForm today={today(new Date(), timeZone)} timeZone={timeZone} />}
        <ReportList reports={reports} shownId={shown?.id ?? null} />
        {shown && <ReportFigures report={shown} />}
      </div>
    </>
  );
}
