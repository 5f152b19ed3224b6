import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(root, 'lib/i18n/messages', locale, 'dashboard.json'), 'utf8'));
const leaves = (o: Record<string, unknown>, prefix = ''): [string, unknown][] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? leaves(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]));
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();

describe('dashboard messages', () => {
  it('English and Chinese have the same keys and placeholders, none empty', () => {
    const en = Object.fromEntries(leaves(load('en')));
    const zh = Object.fromEntries(leaves(load('zh')));
    expect(Object.keys(en).length).toBeGreaterThan(0);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(typeof text === 'string' && text.length > 0, `en ${key}`).toBe(true);
      expect(typeof zh[key] === 'string' && (zh[key] as string).length > 0, `zh ${key}`).toBe(true);
      expect(placeholders(zh[key] as string), key).toEqual(placeholders(text as string));
    }
  });

  it('names every field the period parser can reject', () => {
    const fields = Object.keys(load('en').filters.fields).sort();
    expect(fields).toEqual(['channel', 'from', 'period', 'range', 'to']);
  });
});
