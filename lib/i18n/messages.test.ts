import { describe, expect, it } from 'vitest';
import { createTranslator, IntlErrorCode, type IntlError } from 'next-intl';
import { locales } from './locales';
import { loadMessages, namespaces } from './messages';

const leaves = (o: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? leaves(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

// A message the ICU parser refuses (an unescaped "<tag>", a broken plural) renders as its key with a
// server error, and only on the page that uses it: every message of every namespace is parsed here.
describe('messages', () => {
  for (const locale of locales) {
    it(`${locale}: every message of every namespace parses`, async () => {
      const messages = await loadMessages(locale);
      const invalid: string[] = [];
      const onError = (error: IntlError) => { if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message); };
      const t = createTranslator({ locale, messages, onError, getMessageFallback: ({ key }) => key });
      const keys = namespaces.flatMap((ns) => leaves(messages[ns] as Record<string, unknown>, `${ns}.`));
      expect(keys.length).toBeGreaterThan(500);
      for (const key of keys) t(key as never);
      expect(invalid).toEqual([]);
    });
  }
});
