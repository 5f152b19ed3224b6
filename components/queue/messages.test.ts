import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const load = (locale: string, ns: string) => JSON.parse(fs.readFileSync(path.join(root, 'lib/i18n/messages', locale, `${ns}.json`), 'utf8'));
const leaves = (o: Record<string, unknown>, prefix = ''): [string, unknown][] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? leaves(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]));
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();

describe('queue and case messages', () => {
  for (const ns of ['queue', 'case']) {
    it(`${ns}: English and Chinese have the same keys and placeholders, none empty`, () => {
      const en = Object.fromEntries(leaves(load('en', ns)));
      const zh = Object.fromEntries(leaves(load('zh', ns)));
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(typeof text === 'string' && text.length > 0, `en ${key}`).toBe(true);
        expect(typeof zh[key] === 'string' && (zh[key] as string).length > 0, `zh ${key}`).toBe(true);
        expect(placeholders(zh[key] as string), `${ns}.${key}`).toEqual(placeholders(text as string));
      }
    });
  }
});
