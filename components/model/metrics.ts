import type { VersionMetrics } from '@/lib/model/queries';

export type Figures = { precision: number; recall: number; f1: number };

/** Per-category figures as stored by the trainer, tolerant of versions trained before a field existed. */
export function categoryFigures(metrics: VersionMetrics | undefined): Record<string, Figures> {
  const per = (metrics?.perCategory ?? {}) as Record<string, Partial<Figures>>;
  return Object.fromEntries(Object.entries(per).map(([k, v]) => [k, { precision: Number(v.precision ?? 0), recall: Number(v.recall ?? 0), f1: Number(v.f1 ?? 0) }]));
}

/** One headline figure for the binary violation decision, whichever name the trainer used. */
export function headline(metrics: VersionMetrics | undefined): { macroF1: number | null; accuracy: number | null } {
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  return { macroF1: num(metrics?.macroF1) ?? num(metrics?.f1), accuracy: num(metrics?.accuracy) };
}

export const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
