import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so the same content always hashes the same: jsonb
 * reorders keys on storage, and the platform may send them in any order.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const evidenceHash = (content: unknown) => sha256Hex(canonicalJson(content));

/** Whether a stored snapshot still matches the hash recorded when it was captured. */
export function verifyEvidence(content: unknown, sha256: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(sha256)) return false;
  const actual = Buffer.from(evidenceHash(content), 'hex');
  return timingSafeEqual(actual, Buffer.from(sha256, 'hex'));
}
