import type { ExampleLanguage, ExampleVerdict } from '@/db/schema';
import { parseCsv } from './csv';
import { detectLanguage } from './language';

export type ImportRow = { line: number; text: string; verdict: ExampleVerdict; categoryId: string | null; language: ExampleLanguage };
/** What is wrong, as a code the UI words in the reader's language (`value` is the offending cell). */
export type Problem = {
  code: 'empty_file' | 'missing_column' | 'no_rows' | 'text_empty' | 'text_long' | 'bad_verdict' | 'unknown_category' | 'bad_language';
  value?: string;
};
export type ImportError = { line: number; message: string; problems: Problem[] };
export type ImportPlan = { rows: ImportRow[]; errors: ImportError[]; total: number };

export const MAX_TEXT = 5000;
const languages = new Set(['zh', 'en', 'mixed']);

const english: Record<Problem['code'], (v: string) => string> = {
  empty_file: () => 'The file is empty.',
  missing_column: (v) => `Missing column: ${v}.`,
  no_rows: () => 'The file has no rows.',
  text_empty: () => 'text is empty',
  text_long: () => `text is longer than ${MAX_TEXT} characters`,
  bad_verdict: (v) => `verdict "${v}" is not violation, not_violation, 1 or 0`,
  unknown_category: (v) => `unknown category "${v}"`,
  bad_language: (v) => `language "${v}" is not zh, en or mixed`,
};
const error = (line: number, problems: Problem[]): ImportError =>
  ({ line, problems, message: problems.map((p) => english[p.code](p.value ?? '')).join('; ') });

function verdictOf(raw: string): ExampleVerdict | null {
  const v = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (v === '1' || v === 'violation' || v === 'true') return 'violation';
  if (v === '0' || v === 'not_violation' || v === 'false' || v === 'non_violation') return 'not_violation';
  return null;
}

/**
 * Reads a labelled CSV into rows to import and an error per bad row (line numbers as a spreadsheet
 * shows them, header = 1). Columns are found by name, case-insensitively: text, verdict or label,
 * optional category and language; others (an index, split, topic) are ignored.
 */
export function planImport(csv: string, knownCategories: ReadonlySet<string>): ImportPlan {
  const records = parseCsv(csv);
  if (records.length === 0) return { rows: [], errors: [error(1, [{ code: 'empty_file' }])], total: 0 };
  const header = records[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const textCol = col('text');
  const verdictCol = col('verdict') >= 0 ? col('verdict') : col('label');
  const categoryCol = col('category');
  const languageCol = col('language');
  const missing = [textCol < 0 && 'text', verdictCol < 0 && 'verdict or label'].filter(Boolean);
  if (missing.length) return { rows: [], errors: [error(1, [{ code: 'missing_column', value: missing.join(', ') }])], total: records.length - 1 };

  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  let line = 1;
  for (const record of records.slice(1)) {
    // A quoted field with line breaks spans several physical lines; count them to report the right one.
    line += 1;
    const start = line;
    line += record.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (record.length === 1 && record[0].trim() === '') continue;
    const problems: Problem[] = [];
    const text = (record[textCol] ?? '').trim();
    if (!text) problems.push({ code: 'text_empty' });
    else if (text.length > MAX_TEXT) problems.push({ code: 'text_long' });
    const verdict = verdictOf(record[verdictCol] ?? '');
    if (!verdict) problems.push({ code: 'bad_verdict', value: record[verdictCol] ?? '' });
    const category = categoryCol >= 0 ? (record[categoryCol] ?? '').trim() : '';
    if (category && !knownCategories.has(category)) problems.push({ code: 'unknown_category', value: category });
    const lang = languageCol >= 0 ? (record[languageCol] ?? '').trim().toLowerCase() : '';
    if (lang && !languages.has(lang)) problems.push({ code: 'bad_language', value: lang });
    if (problems.length) { errors.push(error(start, problems)); continue; }
    rows.push({ line: start, text, verdict: verdict!, categoryId: category || null, language: (lang || detectLanguage(text)) as ExampleLanguage });
  }
  if (rows.length === 0 && errors.length === 0) errors.push(error(1, [{ code: 'no_rows' }]));
  return { rows, errors, total: rows.length + errors.length };
}
