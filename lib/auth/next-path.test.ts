import { describe, expect, it } from 'vitest';
import { HOME, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/queue', '/queue'],
    ['/cases/123?tab=evidence', '/cases/123?tab=evidence'],
    ['/accounts?q=%E6%9E%97', '/accounts?q=%E6%9E%97'],
    ['/audit#top', '/audit#top'],
    ['/a/../queue', '/queue'],
    ['/%E6%9E%97', '/%E6%9E%97'],
  ])('keeps the console path %s', (next, expected) => expect(safeNextPath(next)).toBe(expected));

  const offsite = [
    '//evil.example', '///evil.example', '////evil.example', '/..//evil.example', '/../..//evil.example', '/./..//evil.example',
    '/\\evil.example', '/\\/evil.example', '\\\\evil.example', '/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example',
    '/\t\\evil.example', '/ /evil.example'.replace(' ', '\u0000'), '/%2F%2Fevil.example', '/%2f/evil.example', '/%5Cevil.example',
    '/%5cevil.example', '/%09/evil.example', '/%0A/evil.example', '/%252F%252Fevil.example', '/%255Cevil.example',
    'https://evil.example', 'http://evil.example/queue', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x',
    'evil.example', '.evil.example', '', ' ', '/\u007f/evil.example', '%2F%2Fevil.example', '/%E0%A4%A', '\t//evil.example',
    '\u2028//evil.example', 'https:evil.example', 'https:/evil.example', '/.%2e//evil.example',
  ];
  it.each(offsite)('refuses %j', (next) => {
    const out = safeNextPath(next);
    expect(out === HOME || (out.startsWith('/') && !out.startsWith('//') && !out.includes('evil.example/'))).toBe(true);
    // Resolved against any origin, the result stays on it.
    expect(new URL(out, 'https://console.example').origin).toBe('https://console.example');
  });

  it('refuses non-strings and very long values', () => {
    for (const v of [undefined, null, 42, ['/queue'], {}, `/${'a'.repeat(3000)}`]) expect(safeNextPath(v)).toBe(HOME);
  });
});
