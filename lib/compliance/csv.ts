import type { ReportDocument } from './sections';

// A cell a spreadsheet would run as a formula (incident titles come from staff and may quote hostile
// text) is kept as text with a leading apostrophe.
const formulaStart = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets read the Chinese):
 * the heading and metadata, then each section as a titled block with its own header row.
 */
export function renderCsv(doc: ReportDocument): Buffer {
  const lines: string[][] = [[doc.heading], [doc.organisation], ...doc.meta.map(([k, v]) => [k, v])];
  for (const s of doc.sections) {
    lines.push([], [s.title], s.columns, ...s.rows);
    if (s.note) lines.push([s.note]);
  }
  const text = lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
