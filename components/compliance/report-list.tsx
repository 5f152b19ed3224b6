import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReportListItem } from '@/lib/compliance/queries';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';

const localeNames = { en: 'English', zh: '中文' } as const;

/** Generated reports, newest first: each file as a download link with its SHA-256 beside it. */
export async function ReportList({ reports, shownId }: { reports: ReportListItem[]; shownId: string | null }) {
  const [t, format] = await Promise.all([getTranslations('compliance'), getFormatter()]);
  return (
    <section aria-labelledby="compliance-list-title" className="space-y-2">
      <h2 id="compliance-list-title" className="text-sm font-semibold text-slate-900">{t('list.title')}</h2>
      {reports.length === 0 ? <EmptyState>{t('list.empty')}</EmptyState> : (
        <Table caption={t('list.caption')}>
          <THead>
            <Th>{t('list.period')}</Th>
            <Th>{t('list.generatedBy')}</Th>
            <Th>{t('list.generatedAt')}</Th>
            <Th>{t('list.files')}</Th>
          </THead>
          <TBody>
            {reports.map((r) => (
              <tr key={r.id} data-testid="compliance-report" aria-current={r.id === shownId ? 'true' : undefined} className={r.id === shownId ? 'bg-sky-50' : undefined}>
                <Td>
                  <Link href={`/compliance?report=${r.id}`} className="font-medium text-sky-800 underline-offset-2 hover:underline">{r.label}</Link>
                  <span className="sr-only"> — {t('list.view')}</span>
                </Td>
                <Td>{r.generatedBy}</Td>
                <Td className="whitespace-nowrap">{format.dateTime(r.generatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
                <Td>
                  <ul className="space-y-1">
                    {r.files.map((f) => {
                      const name = t('list.download', { format: f.format.toUpperCase(), locale: localeNames[f.locale] });
                      return (
                        <li key={`${f.format}-${f.locale}`} className="flex flex-wrap items-baseline gap-x-2">
                          <a href={`/compliance/${r.id}/download?format=${f.format}&locale=${f.locale}`} download
                            className="text-sky-800 underline underline-offset-2" data-testid={`download-${f.format}-${f.locale}`}>{name}</a>
                          <code className="break-all text-xs text-slate-500" aria-label={t('list.sha', { file: name })} data-testid={`sha-${f.format}-${f.locale}`}>{f.sha256}</code>
                        </li>
                      );
                    })}
                  </ul>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
