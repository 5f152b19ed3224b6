import { useFormatter, useTranslations } from 'next-intl';
import type { TimelineEntry } from '@/lib/incidents/queries';
import { Panel } from './panel';

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useTranslations('incidents.timeline');
  const format = useFormatter();
  return (
    <Panel title={t('title')}>
      {entries.length === 0 && <p className="text-sm text-slate-600">{t('empty')}</p>}
      <ol className="space-y-1.5 text-sm" data-testid="timeline">
        {entries.map((e) => {
          const key = e.action.replace('.', '_');
          return (
            <li key={e.id} className="flex flex-wrap gap-x-2">
              <time className="w-36 shrink-0 text-xs tabular-nums text-slate-500" dateTime={e.at.toISOString()}>
                {format.dateTime(e.at, { dateStyle: 'short', timeStyle: 'short' })}
              </time>
              <span className="font-medium">{t.has(key) ? t(key) : e.action}</span>
              <span className="text-slate-600">{e.actorLabel}</span>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
