import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/lib/library/csv';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/model-eval');
// COLD lives beside the project, never inside it; COLD_DIR points elsewhere (a worktree, say).
const coldDir = process.env.COLD_DIR ?? path.resolve(root, '../shared/data/cold');

async function modelEval(args: string[]) {
  try {
    const { stdout, stderr } = await run(path.join(root, 'node_modules/.bin/tsx'), ['scripts/model-eval.ts', ...args], { cwd: root, maxBuffer: 64 * 2 ** 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const lastLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);

describe('npm run model:eval', () => {
  it('trains from a CSV with a byte-order mark, quoting and extra columns, and reports on its last line', { timeout: 180_000 }, async () => {
    const out = path.join(os.tmpdir(), `model-eval-${process.pid}.jsonl`);
    const { code, stdout, stderr } = await modelEval(['--train', path.join(fixtures, 'train.csv'), '--test', path.join(fixtures, 'test.csv'), '--predictions', out]);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('train: 96 rows (48 violations); test: 10 rows');
    const result = lastLine(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['accuracy', 'macroF1', 'perClass', 'trainSeconds', 'textsPerSecond']));
    for (const label of ['0', '1']) {
      expect(Object.keys(result.perClass[label])).toEqual(expect.arrayContaining(['precision', 'recall', 'f1']));
      expect(result.perClass[label].support).toBe(5);
    }
    // Unseen groups and evasions (S B, a line break inside the insult) of a pattern the fixture teaches.
    expect(result.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(result.trainSeconds).toBeGreaterThan(0);
    expect(result.textsPerSecond).toBeGreaterThan(0);

    const testRows = parseCsv(fs.readFileSync(path.join(fixtures, 'test.csv'), 'utf8')).slice(1);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(10);
    lines.forEach((line, i) => {
      expect(line.label).toBe(Number(testRows[i][2]));
      expect(line.score).toBeGreaterThanOrEqual(0);
      expect(line.score).toBeLessThanOrEqual(1);
    });
    fs.rmSync(out, { force: true });
  });

  it('refuses a file without the TEXT and label columns, and a label that is not 0 or 1', { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-eval-'));
    fs.writeFileSync(path.join(dir, 'nolabel.csv'), 'TEXT,verdict\nhello,1\n');
    fs.writeFileSync(path.join(dir, 'badlabel.csv'), 'TEXT,label\nhello,yes\n');
    const missing = await modelEval(['--train', path.join(dir, 'nolabel.csv'), '--test', path.join(fixtures, 'test.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('TEXT and label');
    const bad = await modelEval(['--train', path.join(dir, 'badlabel.csv'), '--test', path.join(fixtures, 'test.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('row 2: label must be 0 or 1');
    expect((await modelEval([])).code).toBe(64);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Runs only where the COLD data set sits beside the project (a subsample: a quarter of each split).
  it.skipIf(!fs.existsSync(path.join(coldDir, 'train.csv')))('on a subsample of COLD, dev macro-F1 stays above 0.8', { timeout: 600_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-eval-cold-'));
    const subsample = (file: string) => {
      const [header, ...rows] = parseCsv(fs.readFileSync(path.join(coldDir, file), 'utf8'));
      const target = path.join(dir, file);
      fs.writeFileSync(target, toCsv([header, ...rows.filter((_, i) => i % 4 === 0)]));
      return target;
    };
    const { code, stdout, stderr } = await modelEval(['--train', subsample('train.csv'), '--test', subsample('dev.csv')]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code, stderr).toBe(0);
    const result = lastLine(stdout);
    expect(result.testRows).toBe(1608);
    expect(result.macroF1).toBeGreaterThan(0.8);
  });
});
