import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editableFields } from './fields';

const root = path.resolve(import.meta.dirname, '../..');
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(root, 'lib/i18n/messages', locale, 'standards.json'), 'utf8'));
const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('standards messages', () => {
  const en = load('en');
  const zh = load('zh');

  it('English and Chinese have the same keys, none empty', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    for (const messages of [en, zh]) expect(keys(messages).filter((k) => k.split('.').reduce((o: any, p) => o[p], messages) === '')).toEqual([]);
  });

  it('name every editable field and every error code the standards code can answer with', () => {
    for (const f of editableFields) expect(en.fields[f], f).toBeTruthy();
    const sources = fs.readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => fs.readFileSync(path.join(import.meta.dirname, f), 'utf8')).join('\n');
    const codes = new Set([...sources.matchAll(/error: '([a-z_]+)'|\['([a-z_]+)'\]/g)].map((m) => m[1] ?? m[2]));
    expect(codes.size).toBeGreaterThan(8);
    for (const code of codes) expect(en.errors[code], code).toBeTruthy();
  });
});
