import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { DataFolderLockedError } from '@/db/lock';
import { queryRows } from '@/db/query';

// Real processes, because the danger is two processes: PGlite takes no lock of its own.
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => { for (const c of children.splice(0)) c.kill('SIGTERM'); });

function hold(folder: string): Promise<{ child: ChildProcessWithoutNullStreams; pid: number }> {
  const child = spawn(tsx, [path.join(root, 'tests/support/hold-database.ts'), folder], { cwd: root });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stderr.on('data', (d) => { out += d; });
    child.stdout.on('data', (d) => {
      out += d;
      const m = /holding (\d+)/.exec(out);
      if (m) resolve({ child, pid: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${out}`)));
  });
}

function waitForExit(child: ChildProcessWithoutNullStreams) {
  return new Promise<number | null>((resolve) => child.on('exit', resolve));
}

const countMarks = async (folder: string) => {
  const database = await openDatabase({ folder });
  try {
    return (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from marks`))[0].n;
  } finally {
    await database.close();
  }
};

describe('the embedded database folder lock', () => {
  const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-lock-')), 'pglite');

  it('refuses a second opener, naming the holder, and loses nothing', async () => {
    const folder = tmp();
    const { child, pid } = await hold(folder);

    // In-process opener (a second server would take this path).
    const error = await openDatabase({ folder }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFolderLockedError);
    expect((error as Error).message).toContain(`process ${pid}`);

    // A migrate script started while the holder runs.
    const migrate = spawnSync(tsx, [path.join(root, 'scripts/migrate.ts')], {
      cwd: root, env: { ...process.env, DATABASE_URL: '', BULWARK_DATA_DIR: path.dirname(folder) }, encoding: 'utf8',
    });
    expect(migrate.status).toBe(75);
    expect(migrate.stderr).toContain(`in use by process ${pid}`);

    child.stdin.write('finish\n');
    expect(await waitForExit(child)).toBe(0);
    expect(await countMarks(folder)).toBe(200);
  }, 60_000);

  it('takes over the lock of a process that died without releasing it', async () => {
    const folder = tmp();
    const { child, pid } = await hold(folder);
    process.kill(pid, 'SIGKILL'); // the node process under tsx, which holds the lock
    await waitForExit(child);
    expect(fs.existsSync(`${folder}.lock`)).toBe(true);
    expect(await countMarks(folder)).toBe(100);
  }, 60_000);
});
