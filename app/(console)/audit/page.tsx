import Link from 'next/link';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { browseAudit } from '@/lib/audit/queries';
import { auditHref, parseAuditParams } from '@/lib/audit/filters';
import { listStaff } from '@/lib/staff/queries';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireStaff('audit.view');
  const [t, timeZone, raw, db] = await Promise.all([getTranslations('audit'), getTimeZone(), searchParams, getDb()]);
  const { filters, cursor, values, invalid } = parseAuditParams(raw, timeZone);
  const [page, members] = await Promise.all([browseAudit(db, filters, { after: cursor }), listStaff(db)]);
  const label = (key: string) => (key === 'after' ? t('pages.next') : t(`filters.${key}` as 'filters.actor'));
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      <AuditFilters values={values} actors={members} />
      {invalid.length > 0 && <Alert tone="info">{t('filters.invalid', { fields: invalid.map(label).join(', ') })}</Alert>}
      <AuditTable entries={page.entries} />
      <nav aria-label={t('title')} className="flex items-center justify-between text-sm">
        <span className="text-slate-600">{t('pages.shown', { count: page.entries.length })}</span>
        <span className="flex gap-4">
          {cursor && <Link href={auditHref(values)} className="text-brand-600 underline">{t('pages.first')}</Link>}
          {page.nextCursor && <Link href={auditHref(values, page.nextCursor)} rel="next" className="text-brand-600 underline">{t('pages.next')}</Link>}
        </span>
      </nav>
    </div>
  );
}
