import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys, auditLog } from '@/db/schema';
import { hashApiKey } from '@/lib/apikeys/keys';
import { readReportStatus } from '@/lib/reports/status-api';
import { demoKeyFile, readDemoKey } from '@/scripts/simulate/demo-key-file';
import { DEMO_KEY_NAME, ensureDemoSimulatorKey } from '@/scripts/simulate/demo-key';
import { createTestDatabase, type TestDatabase } from '../support/db';

// The demo console (scripts/prepare-db.ts) leaves the simulator a key in the data folder; the
// simulator reads the file and never opens the database the console holds.
describe('the demo simulator key', () => {
  let t: TestDatabase;
  let dir: string;
  const saved = { dir: process.env.BULWARK_DATA_DIR, url: process.env.DATABASE_URL };
  beforeAll(async () => {
    t = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-demo-key-'));
    process.env.BULWARK_DATA_DIR = dir;
    delete process.env.DATABASE_URL;
  });
  afterAll(async () => {
    process.env.BULWARK_DATA_DIR = saved.dir;
    if (saved.url) process.env.DATABASE_URL = saved.url;
    fs.rmSync(dir, { recursive: true, force: true });
    await t.drop();
  });

  const works = async (key: string) => (await readReportStatus(new Request('http://t/api/v1/reports/status?externalIds=x', { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) })).status;

  it('is made once into .data/simulator-key (owner-only), audited, and works on the API', async () => {
    expect(readDemoKey()).toBeNull();
    expect(await ensureDemoSimulatorKey(t.db)).toEqual({ created: true, file: path.join(dir, 'simulator-key') });
    expect(demoKeyFile()).toBe(path.join(dir, 'simulator-key'));
    expect(fs.statSync(demoKeyFile()).mode & 0o777).toBe(0o600);
    const key = readDemoKey()!;
    expect(key).toMatch(/^bwk_/);
    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.keyHash, hashApiKey(key)));
    expect(row.name).toBe(DEMO_KEY_NAME);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.targetId, row.id))).toHaveLength(1);
    expect(await works(key)).toBe(200);
    // The next start keeps it.
    expect(await ensureDemoSimulatorKey(t.db)).toMatchObject({ created: false });
    expect(readDemoKey()).toBe(key);
  });

  it('is replaced when an admin revoked it', async () => {
    const old = readDemoKey()!;
    await t.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.keyHash, hashApiKey(old)));
    expect(await works(old)).toBe(401);
    expect(await ensureDemoSimulatorKey(t.db)).toMatchObject({ created: true });
    expect(readDemoKey()).not.toBe(old);
    expect(await works(readDemoKey()!)).toBe(200);
  });

  it('is never made against a Postgres install (DATABASE_URL)', async () => {
    process.env.DATABASE_URL = 'postgres://example.invalid/db';
    try {
      expect(await ensureDemoSimulatorKey(t.db)).toBeNull();
    } finally {
      delete process.env.DATABASE_URL;
    }
  });
});
