import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { complianceReportFiles, complianceReports, staff } from '@/db/schema';
import type { ComplianceFigures } from './figures';
import type { ReportFormat } from './files';
import type { ReportLocale } from './sections';

export type ReportListItem = {
  id: string; label: string; kind: string; generatedAt: Date; generatedBy: string;
  files: { format: ReportFormat; locale: ReportLocale; sha256: string; bytes: number }[];
};

/** The latest generated reports with their files' hashes (never the bytes). */
export async function listReports(db: Executor, limit = 20): Promise<ReportListItem[]> {
  const rows = await db.select({
    id: complianceReports.id, label: complianceReports.periodLabel, kind: complianceReports.periodKind,
    generatedAt: complianceReports.generatedAt, generatedBy: staff.name,
  }).from(complianceReports).innerJoin(staff, eq(staff.id, complianceReports.generatedBy))
    .orderBy(desc(complianceReports.generatedAt), desc(complianceReports.id)).limit(limit);
  if (rows.length === 0) return [];
  const files = await db.select({
    reportId: complianceReportFiles.reportId, format: complianceReportFiles.format, locale: complianceReportFiles.locale,
    sha256: complianceReportFiles.sha256, bytes: sql<number>`octet_length(${complianceReportFiles.bytes})::int`,
  }).from(complianceReportFiles).where(inArray(complianceReportFiles.reportId, rows.map((r) => r.id)));
  const order = (f: { format: string; locale: string }) => `${f.format === 'pdf' ? 0 : 1}${f.locale === 'zh' ? 0 : 1}`;
  return rows.map((r) => ({
    ...r,
    files: files.filter((f) => f.reportId === r.id).sort((a, b) => order(a).localeCompare(order(b)))
      .map((f) => ({ format: f.format, locale: f.locale, sha256: f.sha256, bytes: Number(f.bytes) })),
  }));
}

/** One stored report's figures and who generated it. */
export async function getReport(db: Executor, id: string): Promise<{ id: string; figures: ComplianceFigures; generatedBy: string } | null> {
  const [row] = await db.select({ id: complianceReports.id, figures: complianceReports.figures, generatedBy: staff.name })
    .from(complianceReports).innerJoin(staff, eq(staff.id, complianceReports.generatedBy)).where(eq(complianceReports.id, id));
  return row ? { id: row.id, figures: row.figures as ComplianceFigures, generatedBy: row.generatedBy } : null;
}
