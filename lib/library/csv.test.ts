import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';
import { planImport } from './import-rows';

const known = new Set(['insult', 'rumour']);

describe('parseCsv', () => {
  it('drops a byte-order mark and reads CRLF and LF rows', () => {
    expect(parseCsv('\uFEFFtext,label\r\na,1\nb,0\n')).toEqual([['text', 'label'], ['a', '1'], ['b', '0']]);
  });

  it('keeps commas, newlines and doubled quotes inside quoted fields', () => {
    expect(parseCsv('text,label\n"你好,世界\n第二行 ""引用""",1')).toEqual([['text', 'label'], ['你好,世界\n第二行 "引用"', '1']]);
  });

  it('keeps empty fields and a final row without a line break', () => {
    expect(parseCsv('a,,c\n,,')).toEqual([['a', '', 'c'], ['', '', '']]);
  });

  it('round-trips what toCsv writes', () => {
    const rows = [['text', 'verdict'], ['he said "no", twice\nthen left', 'violation']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")']])).toBe(`"'=HYPERLINK(""x"")"\r\n`);
  });
});

describe('planImport', () => {
  it('maps the COLD columns: TEXT to text, label 1/0 to the verdict, ignoring the others', () => {
    const plan = planImport('\uFEFF,split,topic,label,TEXT\n7089,train,race,1,某些人真是垃圾\n12,train,gender,0,"我不同意, 但尊重"\n', known);
    expect(plan.errors).toEqual([]);
    expect(plan.rows).toEqual([
      { line: 2, text: '某些人真是垃圾', verdict: 'violation', categoryId: null, language: 'zh' },
      { line: 3, text: '我不同意, 但尊重', verdict: 'not_violation', categoryId: null, language: 'zh' },
    ]);
  });

  it('reports every bad row with its line, counting line breaks inside quoted fields', () => {
    const csv = 'text,verdict,category,language\n"two\nlines",violation,insult,en\n,violation,,\nok,maybe,,\nfine,0,nope,xx\ngood,not_violation,rumour,\n';
    const plan = planImport(csv, known);
    expect(plan.errors.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 4, message: 'text is empty' },
      { line: 5, message: 'verdict "maybe" is not violation, not_violation, 1 or 0' },
      { line: 6, message: 'unknown category "nope"; language "xx" is not zh, en or mixed' },
    ]);
    expect(plan.rows.map((r) => [r.line, r.text, r.categoryId, r.language])).toEqual([[2, 'two\nlines', 'insult', 'en'], [7, 'good', 'rumour', 'en']]);
    expect(plan.total).toBe(5);
    expect(plan.errors[2].problems).toEqual([{ code: 'unknown_category', value: 'nope' }, { code: 'bad_language', value: 'xx' }]);
  });

  it('refuses a file without a text or verdict column', () => {
    expect(planImport('body,score\nx,1\n', known).errors).toEqual([{ line: 1, message: 'Missing column: text, verdict or label.', problems: [{ code: 'missing_column', value: 'text, verdict or label' }] }]);
  });
});
