import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A secret generated once into the data folder and read back afterwards, for demo mode only (no
 * DATABASE_URL): a deployment sets its secrets in the environment, and the demo must survive restarts.
 */
export function demoSecret(fileName: string): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.BULWARK_DATA_DIR ?? '.data');
  const file = path.join(dir, fileName);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim(); // another process wrote it first
    }
  }
}

/** AUTH_SECRET from the environment; in demo mode (no DATABASE_URL) one generated once into .data/. */
export function authSecret(): string | undefined {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.DATABASE_URL) return undefined;
  return demoSecret('auth-secret');
}
