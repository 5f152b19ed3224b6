import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// PGlite takes no lock of its own and a second process opening the same folder silently loses
// committed rows, so whoever opens the data folder must hold this lock file first.
export class DataFolderLockedError extends Error {
  constructor(readonly folder: string, readonly holder: LockHolder) {
    super(
      `The embedded database in ${folder} is in use by process ${holder.pid} (${holder.command}) ` +
        `on ${holder.host}, since ${holder.since}. Stop that process first, or set DATABASE_URL to use a Postgres server.`,
    );
    this.name = 'DataFolderLockedError';
  }
}

export type LockHolder = { pid: number; host: string; command: string; since: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DataFolderLockedError; returns a release function. */
export function lockDataFolder(folder: string): () => void {
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  const file = `${folder}.lock`;
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command: [process.env.npm_lifecycle_event && `npm run ${process.env.npm_lifecycle_event}:`, ...process.argv.slice(1).map((a) => path.basename(a))]
      .filter(Boolean).join(' ') || 'node',
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      // A lock left by a process that died (or one from another machine's copy of the folder) is stale.
      if (holder && holder.pid !== process.pid && holder.host === me.host && isAlive(holder.pid)) {
        throw new DataFolderLockedError(folder, holder);
      }
      if (holder?.pid === process.pid) return () => {};
      fs.rmSync(file, { force: true });
      if (attempt === 1) throw error;
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  process.once('exit', release);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      release();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  return release;
}
