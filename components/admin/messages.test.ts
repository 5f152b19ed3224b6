import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const load = (locale: string, ns: string) => JSON.parse(fs.readFileSync(path.join(root, 'lib/i18n/messages', locale, `${ns}.json`), 'utf8'));
const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('admin and audit messages', () => {
  for (const ns of ['admin', 'audit']) {
    it(`${ns}: English and Chinese have the same keys, none empty`, () => {
      const en = load('en', ns);
      const zh = load('zh', ns);
      expect(keys(zh).sort()).toEqual(keys(en).sort());
      for (const [locale, messages] of [['en', en], ['zh', zh]] as const) {
        const empty = keys(messages).filter((k) => k.split('.').reduce((o: any, p) => o[p], messages) === '');
        expect(empty, locale).toEqual([]);
      }
    });
  }

  it('every error code the admin actions can answer with has a sentence in both languages', () => {
    const sources = ['lib/staff', 'lib/apikeys', 'lib/categories']
      .flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => path.join(root, dir, f)))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const codes = new Set([...sources.matchAll(/error: '([a-z_]+)'|\]: \['([a-z_]+)'\]|\w: \['([a-z_]+)'\]/g)].map((m) => m[1] ?? m[2] ?? m[3]));
    expect(codes.size).toBeGreaterThan(10);
    for (const locale of ['en', 'zh']) {
      const errors = load(locale, 'admin').errors;
      expect([...codes].filter((c) => !(c in errors)), locale).toEqual([]);
    }
  });
});
