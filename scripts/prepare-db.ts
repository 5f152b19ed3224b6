import { migrate } from '@/db/migrate';
import { grantAppRole } from '@/db/roles';
import { isEmpty, seedDemo } from '@/scripts/seed';
import { seedReferenceData } from '@/scripts/seed/base';
import { authSecret } from '@/lib/auth/secret';
import { isDemoMode } from '@/lib/demo/mode';
import { where, withAppDatabase } from './open-database';
import { ensureDemoSimulatorKey } from './simulate/demo-key';

// Runs before `next dev` / `next start`: migrates, seeds demo data on a first demo start, and makes
// sure the demo AUTH_SECRET exists. It closes the database (and its lock) before the server opens it.
await withAppDatabase(async (database) => {
  await migrate(database);
  // The app role's rights on every table, those this migration added included (Postgres only).
  await grantAppRole(database, { password: process.env.APP_DATABASE_PASSWORD });
  if (await database.db.transaction((tx) => seedReferenceData(tx))) console.log('New database: seeded categories, standards v1 and the sanction ladder.');
  if (isDemoMode() && (await isEmpty(database.db))) {
    const result = await seedDemo(database.db);
    console.log(`First start: seeded demo data (${result.reports} reports).`);
  }
  // Demo on PGlite: a platform API key for `npm run simulate`, in .data/simulator-key (mode 0600).
  const simulatorKey = isDemoMode() ? await ensureDemoSimulatorKey(database.db) : null;
  if (simulatorKey?.created) console.log(`Demo: made a platform API key for \`npm run simulate\` in ${simulatorKey.file}.`);
  console.log(`Database ready: ${where()}.`);
}, { owner: true });
if (!authSecret()) {
  console.error('error: AUTH_SECRET is not set. Set it (e.g. `openssl rand -base64 32`) when using DATABASE_URL.');
  process.exit(1);
}
