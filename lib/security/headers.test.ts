import { describe, expect, it } from 'vitest';
import { fixedHeaders, mediaPolicy, newNonce, pagePolicy, resourcePolicy } from './headers';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split('; ').map((d) => { const [name, ...sources] = d.split(' '); return [name, sources]; }));
}

describe('the page policy', () => {
  const production = directives(pagePolicy({ nonce: 'abc123==', dev: false }));

  it('lets scripts run only with the request nonce, and what they load', () => {
    expect(production.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it('allows eval only in development', () => {
    expect(production.get('script-src')).not.toContain("'unsafe-eval'");
    expect(directives(pagePolicy({ nonce: 'n', dev: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('cannot be framed, loads nothing from other origins and posts forms only to itself', () => {
    expect(production.get('frame-ancestors')).toEqual(["'none'"]);
    expect(production.get('object-src')).toEqual(["'none'"]);
    expect(production.get('base-uri')).toEqual(["'self'"]);
    expect(production.get('form-action')).toEqual(["'self'"]);
    expect(production.get('connect-src')).toEqual(["'self'"]);
    expect(production.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(production.get('media-src')).toEqual(["'self'", 'blob:']);
    for (const sources of production.values()) for (const s of sources) expect(s).not.toMatch(/^(https?:|\*)/);
  });

  it('keeps inline styles (style attributes) but no nonce beside them, which would disable them', () => {
    expect(production.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('is one line of well-formed directives', () => {
    const policy = pagePolicy({ nonce: 'abc123==', dev: false });
    expect(policy).not.toMatch(/[\n;]\s*;|\s{2,}/);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123==' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });
});

describe('the other headers', () => {
  it('lock down non-page responses completely', () => {
    expect(resourcePolicy).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  });

  it('sandbox evidence media on top of the locked-down policy', () => {
    expect(mediaPolicy).toBe(`sandbox; ${resourcePolicy}`);
  });

  it('forbid framing and sniffing and limit the referrer', () => {
    const byName = new Map(fixedHeaders.map((h) => [h.key, h.value]));
    expect(byName.get('x-frame-options')).toBe('DENY');
    expect(byName.get('x-content-type-options')).toBe('nosniff');
    expect(byName.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(byName.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    // proxy.ts overrides headers by their lower-case names.
    for (const { key } of fixedHeaders) expect(key).toBe(key.toLowerCase());
  });
});

describe('nonces', () => {
  it('are 128 random bits in base64, different each time', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => newNonce()));
    expect(seen.size).toBe(1000);
    for (const n of seen) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
