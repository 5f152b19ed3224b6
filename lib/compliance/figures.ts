import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories } from '@/db/schema';
import { loadDashboard, together, type DashboardFigures } from '@/lib/dashboard/queries';
import { loadMeasures, type Measures } from './measures';
import type { ReportPeriod } from './period';

/**
 * Everything a compliance report states, as stored with it: the dashboard's figures for the period
 * (from lib/dashboard, the one module that counts the work; per-moderator throughput stays on the
 * dashboard) and the other measures, with the category names as they stood.
 */
export type ComplianceFigures = {
  period: { kind: ReportPeriod['kind']; label: string; firstDay: string; lastDay: string; from: string; to: string; timeZone: string };
  generatedAt: string;
  work: Omit<DashboardFigures, 'moderators'>;
  measures: Measures;
  categories: Record<string, { en: string; zh: string }>;
};

export async function computeComplianceFigures(db: Executor, period: ReportPeriod, opts: { now: Date; timeZone: string; source?: 'rollup' | 'raw' }): Promise<ComplianceFigures> {
  const range = { from: period.from, to: period.to };
  const [dashboard, measures, names] = await together(db, [
    () => loadDashboard(db, { ...range, channel: null }, { now: opts.now, timeZone: opts.timeZone, source: opts.source }),
    () => loadMeasures(db, range),
    () => db.select({ id: categories.id, en: categories.nameEn, zh: categories.nameZh }).from(categories).orderBy(asc(categories.sortOrder), asc(categories.id)),
  ] as const);
  const { moderators: _internal, ...work } = dashboard;
  return {
    period: {
      kind: period.kind, label: period.label, firstDay: period.firstDay, lastDay: period.lastDay,
      from: period.from.toISOString(), to: period.to.toISOString(), timeZone: opts.timeZone,
    },
    generatedAt: opts.now.toISOString(),
    work,
    measures,
    categories: Object.fromEntries(names.map((c) => [c.id, { en: c.en, zh: c.zh }])),
  };
}
