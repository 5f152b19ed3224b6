import { z } from 'zod';
import { complianceReportFiles, complianceReports } from '@/db/schema';
import type { ActionDefinition } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { ROLLUP_TIME_ZONE } from '@/lib/dashboard/period';
import { organisationTimeZone } from '@/lib/organisation/time-zone';
import { computeComplianceFigures } from './figures';
import { renderReportFiles, type ReportFormat } from './files';
import { periodKinds, resolvePeriod } from './period';
import type { ReportLocale } from './sections';

/** The default organisation time zone (the rollups' zone); the admin's setting (lib/organisation) wins. */
export const ORGANISATION_TIME_ZONE = ROLLUP_TIME_ZONE;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const generateInput = z.object({ kind: z.enum(periodKinds), from: day, to: day.optional() });

export type GeneratedReport = { id: string; label: string; files: { format: ReportFormat; locale: ReportLocale; sha256: string; bytes: number }[] };

/**
 * Computes the period's figures, renders every file from them and stores figures, files and hashes as
 * one record in one transaction with its audit row. `now` is the generation time (tests fix it).
 */
export function generateDefinition(clock: () => Date = () => new Date()): ActionDefinition<typeof generateInput, GeneratedReport> {
  return {
    name: 'compliance.generate',
    permission: 'compliance.generate',
    input: generateInput,
    async run({ tx, input, staff, audit }) {
      const now = clock();
      // Report days are the organisation's calendar days, as the console shows them.
      const zone = await organisationTimeZone(tx);
      const resolved = resolvePeriod(input.kind, input.from, input.to, now, zone);
      if ('problem' in resolved) {
        const field = resolved.problem === 'to' ? 'to' : 'from';
        throw new DomainError('invalid_input', `The period is not valid: ${resolved.problem}.`, { [field]: [resolved.problem] });
      }
      const { period } = resolved;
      const figures = await computeComplianceFigures(tx, period, { now, timeZone: zone });
      const [row] = await tx.insert(complianceReports).values({
        periodKind: period.kind, periodLabel: period.label, periodFrom: period.from, periodTo: period.to,
        timeZone: zone, figures, generatedBy: staff.id, generatedAt: now,
      }).returning({ id: complianceReports.id });
      const files = await renderReportFiles(figures, { reportId: row.id, generatedBy: staff.name });
      await tx.insert(complianceReportFiles).values(files.map((f) => ({ reportId: row.id, ...f })));
      const summary = files.map((f) => ({ format: f.format, locale: f.locale, sha256: f.sha256, bytes: f.bytes.length }));
      audit({
        action: 'compliance.generate', targetType: 'compliance_report', targetId: row.id,
        after: { period: figures.period, files: summary, totals: figures.work.totals },
      });
      return { id: row.id, label: period.label, files: summary };
    },
  };
}
