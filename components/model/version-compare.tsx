import { useTranslations } from 'next-intl';
import type { VersionSummary } from '@/lib/model/queries';
import { Table, TBody, THead, Th } from '@/components/ui/table';
import { categoryFigures, headline, pct } from './metrics';

/** The newest candidate beside the promoted version, category by category, on each one's held-out part. */
export function VersionCompare({ promoted, candidate, names = {} }: { promoted: VersionSummary | null; candidate: VersionSummary | null; names?: Record<string, string> }) {
  const t = useTranslations('model.compare');
  const a = categoryFigures(promoted?.metrics);
  const b = categoryFigures(candidate?.metrics);
  const categories = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const delta = (x?: number, y?: number) => {
    if (x === undefined || y === undefined) return null;
    const d = (y - x) * 100;
    if (Math.abs(d) < 0.05) return <span className="text-slate-500">±0</span>;
    return <span className={d > 0 ? 'text-emerald-700' : 'text-red-700'}>{d > 0 ? '+' : ''}{d.toFixed(1)}</span>;
  };
  const cell = 'px-3 py-1.5 tabular-nums';
  const head = (v: VersionSummary | null) => headline(v?.metrics);
  return (
    <section aria-labelledby="model-compare" className="space-y-2">
      <h2 id="model-compare" className="font-medium text-slate-900">{t('title')}</h2>
      {!candidate && !promoted ? <p className="text-sm text-slate-600">{t('none')}</p> : (
        <Table caption={t('title')}>
          <THead>
            <Th>{t('category')}</Th>
            <Th>{t('promoted')}{promoted ? ` ${promoted.id.slice(0, 8)}` : ''}</Th>
            <Th>{t('candidate')}{candidate ? ` ${candidate.id.slice(0, 8)}` : ''}</Th>
            <Th>{t('deltaF1')}</Th>
          </THead>
          <TBody>
            <tr data-testid="compare-summary">
              <td className={cell}>{t('overall')}</td>
              <td className={cell}>{promoted ? t('overallCell', { f1: pct(head(promoted).macroF1), accuracy: pct(head(promoted).accuracy), size: promoted.trainingSize, standards: promoted.standardsVersion ?? '—' }) : '—'}</td>
              <td className={cell}>{candidate ? t('overallCell', { f1: pct(head(candidate).macroF1), accuracy: pct(head(candidate).accuracy), size: candidate.trainingSize, standards: candidate.standardsVersion ?? '—' }) : '—'}</td>
              <td className={cell}>{delta(head(promoted).macroF1 ?? undefined, head(candidate).macroF1 ?? undefined)}</td>
            </tr>
            {categories.map((c) => (
              <tr key={c} data-testid={`compare-${c}`}>
                <td className={cell}>{names[c] ?? c}</td>
                <td className={cell}>{a[c] ? t('prf', { p: pct(a[c].precision), r: pct(a[c].recall), f: pct(a[c].f1) }) : '—'}</td>
                <td className={cell}>{b[c] ? t('prf', { p: pct(b[c].precision), r: pct(b[c].recall), f: pct(b[c].f1) }) : '—'}</td>
                <td className={cell}>{delta(a[c]?.f1, b[c]?.f1)}</td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      <p className="text-xs text-slate-500">{t('note')}</p>
    </section>
  );
}
