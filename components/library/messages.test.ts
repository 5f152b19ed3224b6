import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channel, exampleLanguage, exampleStatus, exampleVerdict } from '@/db/schema';

const root = path.resolve(import.meta.dirname, '../..');
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(root, 'lib/i18n/messages', locale, 'library.json'), 'utf8'));
const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('library messages', () => {
  it('English and Chinese have the same keys, none empty', () => {
    const [en, zh] = [load('en'), load('zh')];
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    for (const messages of [en, zh]) {
      expect(keys(messages).filter((k) => k.split('.').reduce((o: any, p) => o[p], messages) === '')).toEqual([]);
    }
  });

  it('names every verdict, status, language and channel the schema allows', () => {
    const en = load('en');
    for (const [group, values] of [['verdict', exampleVerdict.enumValues], ['status', exampleStatus.enumValues], ['language', exampleLanguage.enumValues], ['channel', channel.enumValues]] as const) {
      expect(Object.keys(en[group]).sort(), group).toEqual([...values].sort());
    }
  });
});
