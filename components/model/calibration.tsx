import { useTranslations } from 'next-intl';
import type { ModelMetrics } from '@/lib/model';
import type { VersionSummary } from '@/lib/model/queries';
import { pct } from './metrics';

type Calibration = ModelMetrics['calibration'];

function calibrationOf(v: VersionSummary | null): Calibration | null {
  const c = v?.metrics?.calibration as Calibration | undefined;
  return c && Array.isArray(c.bins) && typeof c.ece === 'number' ? c : null;
}

/**
 * Whether a score means what it says (notice I.2: scores are calibrated): on each version's held-out
 * part, the texts scored in each tenth and how many of them were violations. A calibrated 0.8 is a
 * violation about 80% of the time; the expected calibration error sums the gaps, weighted by count.
 */
export function CalibrationTable({ promoted, candidate }: { promoted: VersionSummary | null; candidate: VersionSummary | null }) {
  const t = useTranslations('model.calibration');
  const shown = ([['promoted', promoted], ['candidate', candidate]] as const)
    .map(([which, v]) => ({ which, v, c: calibrationOf(v) }))
    .filter((x): x is { which: 'promoted' | 'candidate'; v: VersionSummary; c: Calibration } => !!x.c && !!x.v);
  if (!shown.length) return null;
  const cell = 'px-2 py-1 tabular-nums';
  return (
    <section aria-labelledby="model-calibration" className="space-y-2" data-testid="calibration">
      <h2 id="model-calibration" className="font-medium text-slate-900">{t('title')}</h2>
      <p className="text-sm text-slate-600">{t('explain')}</p>
      <div className="grid gap-4 md:grid-cols-2">
        {shown.map(({ which, v, c }) => (
          <div key={which} className="overflow-x-auto">
            <table className="text-sm">
              <caption className="pb-1 text-left font-medium text-slate-800">{t(which, { id: v.id.slice(0, 8), ece: pct(c.ece) })}</caption>
              <thead>
                <tr className="text-left text-xs text-slate-500">
                  <th className="px-2 font-normal">{t('range')}</th><th className="px-2 font-normal">{t('meanScore')}</th>
                  <th className="px-2 font-normal">{t('violations')}</th><th className="px-2 font-normal">{t('count')}</th>
                </tr>
              </thead>
              <tbody>
                {c.bins.filter((b) => b.count > 0).map((b) => (
                  <tr key={b.from} className="border-t border-slate-100">
                    <td className={cell}>{`${b.from.toFixed(1)}–${b.to.toFixed(1)}`}</td>
                    <td className={cell}>{pct(b.meanScore)}</td>
                    <td className={cell}>{pct(b.fractionPositive)}</td>
                    <td className={cell}>{b.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}
