import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';

/** Every page's text, as a reader's copy and search would find it (through the ToUnicode maps). */
export async function extractPdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

/**
 * Page one as a PNG through poppler's pdftoppm (Debian `poppler-utils`), kept under test-results/ for
 * a look by eye.
 */
export function renderFirstPage(bytes: Buffer, name: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), bytes);
    execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
    const png = fs.readFileSync(path.join(dir, 'page.png'));
    const out = path.resolve('test-results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `${name}.png`), png);
    return png;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
