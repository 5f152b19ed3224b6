import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { VersionSummary } from '@/lib/standards/queries';

export async function VersionHeading({ summary }: { summary: VersionSummary }) {
  const [t, format] = await Promise.all([getTranslations('standards'), getFormatter()]);
  const date = summary.publishedAt ? format.dateTime(summary.publishedAt, { dateStyle: 'medium', timeStyle: 'short' }) : null;
  return (
    <div className="mb-3 rounded-md border border-slate-200 bg-slate-50 px-4 py-2.5" data-testid="version-heading">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold text-slate-900">{t('versionTitle', { version: summary.version })}</h2>
        <Badge tone={summary.status === 'draft' ? 'amber' : 'green'}>{t(`status.${summary.status}`)}</Badge>
        {date && <span className="text-sm text-slate-600">{summary.publishedBy ? t('published', { date, name: summary.publishedBy }) : t('publishedNoName', { date })}</span>}
      </div>
      {summary.changeNote && <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700"><span className="font-medium">{t('changeNote')}:</span> {summary.changeNote}</p>}
    </div>
  );
}
