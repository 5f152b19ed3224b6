import type { ModelMetrics } from './index';

type Counts = { tp: number; fp: number; fn: number; support: number };
const prf = (c: Counts) => {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: c.support };
};

/**
 * Metrics from calibrated predictions: the binary decision is score ≥ 0.5; a violation's category is
 * right when the example is predicted a violation of that same category. Calibration: ten equal-width
 * bins of the score, ECE = Σ (count/n)·|mean score − fraction positive|.
 */
export function computeMetrics(
  truth: readonly { violation: boolean; categoryId?: string | null }[],
  predicted: readonly { score: number; categoryId: string | null }[],
): ModelMetrics {
  const n = truth.length;
  const cls: Record<'0' | '1', Counts> = { '0': { tp: 0, fp: 0, fn: 0, support: 0 }, '1': { tp: 0, fp: 0, fn: 0, support: 0 } };
  const cats = new Map<string, Counts>();
  const cat = (id: string) => { let c = cats.get(id); if (!c) { c = { tp: 0, fp: 0, fn: 0, support: 0 }; cats.set(id, c); } return c; };
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, sum: 0, pos: 0, count: 0 }));
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const t = truth[i].violation ? '1' : '0';
    const p = predicted[i].score >= 0.5 ? '1' : '0';
    cls[t].support++;
    if (t === p) { correct++; cls[t].tp++; } else { cls[p].fp++; cls[t].fn++; }
    const bin = bins[Math.min(9, Math.max(0, Math.floor(predicted[i].score * 10)))];
    bin.sum += predicted[i].score; bin.pos += truth[i].violation ? 1 : 0; bin.count++;
    const trueCat = truth[i].violation ? truth[i].categoryId ?? null : null;
    const predCat = p === '1' ? predicted[i].categoryId : null;
    if (trueCat) cat(trueCat).support++;
    if (trueCat && trueCat === predCat) cat(trueCat).tp++;
    else {
      if (trueCat) cat(trueCat).fn++;
      if (predCat) cat(predCat).fp++;
    }
  }
  const perClass = { '0': prf(cls['0']), '1': prf(cls['1']) };
  const perCategory: ModelMetrics['perCategory'] = {};
  for (const [id, c] of [...cats].sort(([a], [b]) => a.localeCompare(b))) perCategory[id] = prf(c);
  let ece = 0;
  const calibrationBins = bins.map((b) => {
    const meanScore = b.count ? b.sum / b.count : 0;
    const fractionPositive = b.count ? b.pos / b.count : 0;
    if (n) ece += (b.count / n) * Math.abs(meanScore - fractionPositive);
    return { from: b.from, to: b.to, meanScore, fractionPositive, count: b.count };
  });
  return {
    accuracy: n ? correct / n : 0,
    macroF1: (perClass['0'].f1 + perClass['1'].f1) / 2,
    perClass,
    perCategory,
    calibration: { bins: calibrationBins, ece },
  };
}
