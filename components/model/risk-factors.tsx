import { useTranslations } from 'next-intl';
import type { RiskFactorContribution } from '@/lib/model/risk';

/**
 * The case's risk score with each factor's contribution (notice I.2): a small bar per factor, its
 * share of that factor's weight, and the words saying what it was made from.
 */
export function RiskFactors({ score, factors }: { score: number | null; factors: RiskFactorContribution[] | null }) {
  const t = useTranslations('model.risk');
  if (score === null || !factors?.length) return <p className="text-sm text-slate-600">{t('none')}</p>;
  const words = (f: RiskFactorContribution) => {
    const d = f.detail;
    switch (f.factor) {
      case 'severity': return t('factor_severity', { severity: String(d.severity ?? '—') });
      case 'target': return t('factor_target', { target: t(`target_${String(d.target)}` as 'target_minor') });
      case 'classifier': return t('factor_classifier', { score: d.score === null ? '—' : String(d.score) });
      case 'frequency': return t('factor_frequency', { publications: Number(d.publications ?? 0) });
      case 'reports': return t('factor_reports', { reporters: Number(d.reporters ?? 0), weighted: String(d.weighted ?? 0) });
      case 'incident': return t('factor_incident', { inOpenHotIncident: String(Boolean(d.inOpenHotIncident)) });
    }
  };
  return (
    <section aria-labelledby="case-risk" className="rounded-lg border border-slate-200 bg-white p-3" data-testid="case-risk">
      <h2 id="case-risk" className="mb-2 text-sm font-semibold text-slate-900">{t('title', { score: score.toFixed(1) })}</h2>
      <ul className="space-y-1.5">
        {factors.map((f) => (
          <li key={f.factor} className="grid grid-cols-[6rem_minmax(0,1fr)] items-center gap-2 text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
            <span className="h-2 w-full overflow-hidden rounded bg-slate-100" role="img" aria-label={t('points', { points: f.points, weight: f.weight })}>
              <span className="block h-2 rounded bg-amber-500" style={{ width: `${f.weight ? Math.round((f.points / f.weight) * 100) : 0}%` }} />
            </span>
            <span className="min-w-0 text-slate-700">
              {words(f)} <span className="text-xs text-slate-500">· {t('points', { points: f.points, weight: f.weight })}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
