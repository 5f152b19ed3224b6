import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '@/lib/i18n/messages/zh/compliance.json';
import { defaultCategories } from '@/lib/categories/defaults';

// fontkit is what pdfkit lays text out with: its dependency, shipped without type declarations.
type Font = { hasGlyphForCodePoint(c: number): boolean; characterSet: number[] };
const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Buffer): Font };
const file = path.join(import.meta.dirname, 'fonts/wqy-microhei-gb2312.ttf');

describe('the embedded CJK font subset', () => {
  it('has a glyph for every character the Chinese report writes', () => {
    const font = fontkit.create(fs.readFileSync(file));
    const text = JSON.stringify(zh) + defaultCategories.map((c) => c.nameZh).join('') + '0123456789%–·';
    const missing = [...new Set(text)].filter((c) => c >= ' ' && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
    // GB2312 level 1 (3,755 hanzi) and ASCII, a few hundred KB: small enough to commit and embed.
    expect(font.characterSet.length).toBeGreaterThan(3_900);
    expect(fs.statSync(file).size).toBeLessThan(1_000_000);
  });
});
