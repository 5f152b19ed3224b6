import { createHash } from 'node:crypto';
import { renderCsv } from './csv';
import type { ComplianceFigures } from './figures';
import { renderPdf } from './pdf';
import { buildReport, reportLocales, type ReportLocale, type ReportMeta } from './sections';

export const reportFormats = ['csv', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];
export type ReportFile = { format: ReportFormat; locale: ReportLocale; bytes: Buffer; sha256: string };

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file of a report (CSV and PDF, English and Chinese), rendered once from the stored figures. */
export async function renderReportFiles(figures: ComplianceFigures, meta: ReportMeta): Promise<ReportFile[]> {
  const files: ReportFile[] = [];
  for (const locale of reportLocales) {
    const doc = buildReport(figures, meta, locale);
    const csv = renderCsv(doc);
    const pdf = await renderPdf(doc, new Date(figures.generatedAt));
    files.push({ format: 'csv', locale, bytes: csv, sha256: sha256(csv) }, { format: 'pdf', locale, bytes: pdf, sha256: sha256(pdf) });
  }
  return files;
}

/** The download name: compliance-<first day>[_<last day>]-<locale>.<format>. */
export function reportFileName(figures: Pick<ComplianceFigures, 'period'>, format: ReportFormat, locale: ReportLocale): string {
  const { firstDay, lastDay } = figures.period;
  return `compliance-${firstDay}${lastDay !== firstDay ? `_${lastDay}` : ''}-${locale}.${format}`;
}
