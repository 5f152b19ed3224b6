import { createHmac } from 'node:crypto';
import { demoSecret } from '@/lib/auth/secret';

/**
 * The platform's verified identity (an ID number, a passport number) reduced to a keyed hash: what
 * accounts.identity_hash and registration_bans store, so a ban can be matched at registration
 * without the console ever holding the identity itself. Keyed (HMAC) rather than a bare SHA-256
 * because ID numbers are few enough to enumerate: without the server secret a leaked table of
 * hashes cannot be reversed by hashing every possible number.
 */
export function identityHash(identity: string, secret: string = registrySecret()): string {
  return createHmac('sha256', secret).update(normaliseIdentity(identity), 'utf8').digest('hex');
}

/**
 * The same identity however the platform formatted it: full-width digits and letters folded (NFKC),
 * spaces, hyphens and dots dropped (grouping in "110101 1990-0101 123x"), letters upper-cased (the
 * check letter X of a resident ID number is written either way).
 */
export function normaliseIdentity(identity: string): string {
  return identity.normalize('NFKC').replace(/[\s\-‐‑‒–—.·_/]/gu, '').toUpperCase();
}

/**
 * REGISTRY_HMAC_SECRET from the environment. In demo mode (no DATABASE_URL) one is generated once
 * into .data/; with a real database a missing secret is refused rather than guessed, since hashes
 * made with a different secret would silently never match a ban.
 */
export function registrySecret(): string {
  const fromEnv = process.env.REGISTRY_HMAC_SECRET;
  if (fromEnv) return fromEnv;
  if (process.env.DATABASE_URL) throw new Error('REGISTRY_HMAC_SECRET must be set when DATABASE_URL is set.');
  return demoSecret('registry-hmac-secret');
}
