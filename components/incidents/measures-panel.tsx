import { useTranslations } from 'next-intl';
import type { Measures } from '@/lib/incidents/measures';
import { Panel } from './panel';

/** Every measure any source counted; a key without a label (from a newer capability) still shows. */
export function MeasuresPanel({ measures }: { measures: Measures }) {
  const t = useTranslations('incidents.measures');
  return (
    <Panel title={t('title')}>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-2" data-testid="measures">
        {Object.entries(measures).map(([key, n]) => (
          <div key={key} className="rounded bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">{t.has(key) ? t(key) : key}</dt>
            <dd className="text-lg font-semibold tabular-nums">{n}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
