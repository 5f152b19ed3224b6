import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { complianceReportFiles, complianceReports } from '@/db/schema';
import type { ActionDefinition } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import type { ComplianceFigures } from './figures';
import { reportFileName, reportFormats, type ReportFormat } from './files';
import { reportLocales } from './sections';

/**
 * Downloading a report file takes an action's path (session, role, one transaction, an audit row);
 * the route handler only turns the stored bytes into a response. Not a server action: bytes are not
 * something a client component should ask for.
 */
const input = z.object({ reportId: z.uuid(), format: z.enum(reportFormats), locale: z.enum(reportLocales) });

export const downloadReportFile: ActionDefinition<typeof input, { bytes: Buffer; sha256: string; name: string; format: ReportFormat }> = {
  name: 'compliance.download',
  permission: 'compliance.view',
  input,
  async run({ tx, input, audit }) {
    const [row] = await tx.select({ bytes: complianceReportFiles.bytes, sha256: complianceReportFiles.sha256, figures: complianceReports.figures })
      .from(complianceReportFiles)
      .innerJoin(complianceReports, eq(complianceReports.id, complianceReportFiles.reportId))
      .where(and(eq(complianceReportFiles.reportId, input.reportId), eq(complianceReportFiles.format, input.format), eq(complianceReportFiles.locale, input.locale)));
    if (!row) throw new DomainError('not_found', 'There is no such report file.');
    audit({ action: 'compliance.download', targetType: 'compliance_report', targetId: input.reportId, after: { format: input.format, locale: input.locale, sha256: row.sha256 } });
    return { bytes: row.bytes, sha256: row.sha256, name: reportFileName(row.figures as ComplianceFigures, input.format, input.locale), format: input.format };
  },
};
