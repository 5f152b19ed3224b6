import { getLocale } from 'next-intl/server';
import type { ComplianceFigures } from '@/lib/compliance/figures';
import { buildReport } from '@/lib/compliance/sections';
import { TBody, THead, Table, Td, Th } from '@/components/ui/table';

/**
 * A stored report's figures on the page, built by the same code that writes its CSV and PDF, so what
 * a supervisor reads here is what the files say.
 */
export async function ReportFigures({ report }: { report: { id: string; figures: ComplianceFigures; generatedBy: string } }) {
  const locale = (await getLocale()) === 'zh' ? 'zh' : 'en';
  const doc = buildReport(report.figures, { reportId: report.id, generatedBy: report.generatedBy }, locale);
  return (
    <section aria-labelledby="compliance-figures-title" className="space-y-4" data-testid="compliance-figures">
      <div>
        <h2 id="compliance-figures-title" className="text-base font-semibold text-slate-900">{doc.heading}</h2>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          {doc.meta.map(([k, v]) => (
            <div key={k} className="flex gap-2"><dt className="text-slate-600">{k}</dt><dd className="break-all text-slate-900">{v}</dd></div>
          ))}
        </dl>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {doc.sections.map((s) => (
          <div key={s.key} className="space-y-1" data-testid={`compliance-section-${s.key}`}>
            <h3 className="text-sm font-semibold text-slate-800">{s.title}</h3>
            <Table caption={s.title}>
              <THead>{s.columns.map((c, i) => <Th key={i} className={i > 0 && s.columns.length > 1 ? 'text-right' : ''}>{c}</Th>)}</THead>
              <TBody>
                {s.rows.map((row, r) => (
                  <tr key={r}>{row.map((cell, i) => <Td key={i} className={i > 0 && /^[\d.%]+$/.test(cell) ? 'text-right tabular-nums' : ''}>{cell}</Td>)}</tr>
                ))}
              </TBody>
            </Table>
            {s.note && <p className="text-xs text-slate-500">{s.note}</p>}
          </div>
        ))}
      </div>
    </section>
  );
}
