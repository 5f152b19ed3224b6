import { createHash, randomBytes } from 'node:crypto';

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** A new key: shown once to whoever created it; only its hash and a short prefix are kept. */
export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = `bwk_${randomBytes(24).toString('base64url')}`;
  return { key, prefix: key.slice(0, 10), keyHash: hashApiKey(key) };
}
