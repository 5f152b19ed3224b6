import { parseCsv } from '@/lib/library/csv';

export type LabelledRow = { text: string; label: 0 | 1 };

/**
 * A labelled CSV as `model:eval` reads it: UTF-8, optional byte-order mark, RFC 4180 quoting, a header
 * with the text in `TEXT` and the label in `label` (0 = not a violation, 1 = violation); other
 * columns are ignored, blank lines skipped. Column names match exactly, or else ignoring case.
 * Throws with the line number on a missing column or a label that is not 0 or 1.
 */
export function readLabelledCsv(content: string, name = 'CSV'): LabelledRow[] {
  const rows = parseCsv(content);
  if (rows.length === 0) throw new Error(`${name}: empty file`);
  const header = rows[0].map((h) => h.trim());
  const column = (wanted: string) => {
    const exact = header.indexOf(wanted);
    return exact >= 0 ? exact : header.findIndex((h) => h.toLowerCase() === wanted.toLowerCase());
  };
  const textAt = column('TEXT');
  const labelAt = column('label');
  if (textAt < 0 || labelAt < 0) throw new Error(`${name}: the header needs the columns TEXT and label (found: ${header.join(', ')})`);
  const out: LabelledRow[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.length === 1 && row[0] === '') continue;
    const label = (row[labelAt] ?? '').trim();
    if (label !== '0' && label !== '1') throw new Error(`${name}: row ${r + 1}: label must be 0 or 1, found ${JSON.stringify(label.slice(0, 20))}`);
    out.push({ text: row[textAt] ?? '', label: label === '1' ? 1 : 0 });
  }
  return out;
}
