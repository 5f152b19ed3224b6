import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { StandardsNav } from '@/components/standards/standards-nav';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { listVersions } from '@/lib/standards/queries';

export default async function StandardsHistoryPage() {
  const me = await requireStaff('standards.view');
  const editor = can(me.role, 'standards.edit');
  const [t, format, versions] = await Promise.all([getTranslations('standards'), getFormatter(), listVersions(await getDb())]);
  const shown = versions.filter((v) => editor || v.status === 'published');
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div>
      <PageHeader title={t('history.title')} description={t('history.description')} />
      <StandardsNav active="history" editor={editor} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              {(['version', 'status', 'when', 'by', 'categories', 'note'] as const).map((k) => <th key={k} scope="col" className="px-3 py-2">{t(`history.${k}`)}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((v) => (
              <tr key={v.version} data-testid={`version-${v.version}`} className="align-top">
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/standards/versions/${v.version}`} className="text-brand-700 hover:underline">{t('versionTitle', { version: v.version })}</Link>
                </th>
                <td className="px-3 py-2"><Badge tone={v.status === 'draft' ? 'amber' : 'green'}>{t(`status.${v.status}`)}</Badge></td>
                <td className="whitespace-nowrap px-3 py-2">{v.publishedAt ? when(v.publishedAt) : t('history.lastSaved', { date: when(v.updatedAt) })}</td>
                <td className="px-3 py-2">{v.publishedBy ?? '—'}</td>
                <td className="px-3 py-2">{v.categories}</td>
                <td className="max-w-md whitespace-pre-wrap px-3 py-2">
                  {v.changeNote ?? ''}
                  {v.status === 'published' && (
                    <Link href={`/standards/versions/${v.version}/changes`} className="ml-2 whitespace-nowrap text-brand-700 hover:underline">{t('history.changes')}</Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
