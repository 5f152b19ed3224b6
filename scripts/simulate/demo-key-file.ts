import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the demo console leaves a platform API key for the simulator: beside its AUTH_SECRET in the
 * data folder, readable by its owner only. Reading a file instead of opening the database keeps the
 * simulator away from PGlite, which the running console holds (one opener only: db/lock.ts).
 */
export const demoKeyFile = () => path.resolve(process.env.BULWARK_DATA_DIR ?? '.data', 'simulator-key');

export function readDemoKey(): string | null {
  try {
    return fs.readFileSync(demoKeyFile(), 'utf8').trim() || null;
  } catch {
    return null;
  }
}
