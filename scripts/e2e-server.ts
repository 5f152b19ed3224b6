import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedDemo } from '@/scripts/seed';
import { defaultAdminUrl, postgresReachable, recreateDatabase } from '@/db/server-admin';
import { insertApiKey } from '@/lib/apikeys/create';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD } from '@/lib/demo/mode';
import { staff } from '@/db/schema';

// Serves the built console for Playwright on a fresh demo database: a new database on the test
// Postgres server when one answers, otherwise a fresh PGlite folder.
const port = process.argv[2] ?? '3100';
const adminUrl = defaultAdminUrl();
// Fixed so the seed (run in this process) and the server hash identities alike.
process.env.REGISTRY_HMAC_SECRET = 'e2e-registry-secret-not-for-production';
const env: NodeJS.ProcessEnv = { ...process.env, BULWARK_DEMO: '1', AUTH_SECRET: 'e2e-secret-not-for-production', AUTH_TRUST_HOST: 'true', PORT: port };

// Demo data, plus a platform API key for the specs that call /api/v1 (they read it from this file),
// plus a moderator per spec that claims cases: a moderator holds one case at a time, so specs sharing
// a login would get each other's held case from claim-next.
async function seedForE2e(db: Db) {
  await seedDemo(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.insert(staff).values(['library', 'standards', 'decisions', 'media', 'undo'].map((spec) => ({
    email: `moderator-${spec}@bulwark.test`, name: `E2E ${spec}`, role: 'moderator' as const, passwordHash,
  })));
  const { key } = await insertApiKey(db, 'e2e platform', null);
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync(path.join('test-results', `e2e-api-key-${port}.txt`), key);
}

if (process.env.BULWARK_TEST_DB !== 'pglite' && (await postgresReachable(adminUrl))) {
  env.DATABASE_URL = await recreateDatabase(adminUrl, `bulwark_e2e_${port}`);
  const database = await openDatabase({ url: env.DATABASE_URL });
  await migrate(database);
  await seedForE2e(database.db);
  await database.close();
} else {
  const dir = path.resolve('.test-data', `e2e-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  env.BULWARK_DATA_DIR = dir;
  delete env.DATABASE_URL;
  const database = await openDatabase({ folder: path.join(dir, 'pglite') });
  await migrate(database);
  await seedForE2e(database.db);
  await database.close();
}

const server = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
