import { describe, expect, it } from 'vitest';
import { acceptMedia, sha256OfBytes, verifyMediaHash } from './fetch';
import { mediaItem } from './schema';

const bytes = Buffer.from('\x89PNG fake image bytes', 'latin1');
const sha = sha256OfBytes(bytes);

describe('media hash', () => {
  it('verifies bytes against the recorded SHA-256, in either case', () => {
    expect(verifyMediaHash(bytes, sha)).toBe(true);
    expect(verifyMediaHash(bytes, sha.toUpperCase())).toBe(true);
  });

  it('refuses one changed byte, a malformed hash and an empty one', () => {
    const changed = Buffer.from(bytes);
    changed[3] ^= 1;
    expect(verifyMediaHash(changed, sha)).toBe(false);
    expect(verifyMediaHash(bytes, sha.slice(1))).toBe(false);
    expect(verifyMediaHash(bytes, '')).toBe(false);
  });

  it('accepts bytes only with an allowed type, the right kind and the recorded hash', () => {
    expect(acceptMedia({ kind: 'image', sha256: sha }, bytes, 'image/png')).toMatchObject({ ok: true, type: 'image/png' });
    expect(acceptMedia({ kind: 'image', sha256: sha }, bytes, 'image/svg+xml')).toMatchObject({ ok: false, reason: 'bad_type' });
    expect(acceptMedia({ kind: 'video', sha256: sha }, bytes, 'image/png')).toMatchObject({ ok: false, reason: 'kind_mismatch' });
    expect(acceptMedia({ kind: 'image', sha256: 'b'.repeat(64) }, bytes, 'image/png')).toMatchObject({ ok: false, reason: 'hash_mismatch' });
  });
});

describe('the evidence media schema', () => {
  it('accepts an item and lower-cases its hash', () => {
    const parsed = mediaItem.parse({ kind: 'snapshot', url: 'https://m.example/a.png', sha256: 'A'.repeat(64), mimeType: 'image/png' });
    expect(parsed.sha256).toBe('a'.repeat(64));
  });

  it('names each bad field', () => {
    const result = mediaItem.safeParse({ kind: 'audio', url: 'ftp://m.example/a', sha256: 'xyz', mimeType: 'text/html', extra: 1 });
    const paths = result.error!.issues.map((i) => i.path.join('.') || i.message);
    expect(paths).toEqual(expect.arrayContaining(['kind', 'url', 'sha256', 'mimeType']));
    expect(result.error!.issues.find((i) => i.path[0] === 'url')!.message).toBe('url must be an http or https URL');
  });
});
