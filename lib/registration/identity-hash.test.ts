import { describe, expect, it } from 'vitest';
import { identityHash, normaliseIdentity } from './identity-hash';

const secret = 'test-registry-secret';

describe('identity hash', () => {
  it('folds the platform formatting: spaces, hyphens, full-width characters, letter case', () => {
    expect(normaliseIdentity(' 110101 1990-0101 123x ')).toBe('11010119900101123X');
    expect(normaliseIdentity('１１０１０１１９９００１０１１２３ｘ')).toBe('11010119900101123X');
    expect(normaliseIdentity('e1234.5678')).toBe('E12345678');
  });

  it('gives one hash for one identity however it was written', () => {
    const a = identityHash('11010119900101123X', secret);
    expect(identityHash(' 110101-19900101-123x', secret)).toBe(a);
    expect(identityHash('１１０１０１１９９００１０１１２３Ｘ', secret)).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs for another identity and for another secret', () => {
    const a = identityHash('11010119900101123X', secret);
    expect(identityHash('11010119900101124X', secret)).not.toBe(a);
    expect(identityHash('11010119900101123X', 'another-secret')).not.toBe(a);
  });

  it('never contains the identity itself', () => {
    expect(identityHash('11010119900101123X', secret)).not.toContain('11010119900101123X');
  });
});
