import { migrate } from '@/db/migrate';
import { grantAppRole } from '@/db/roles';
import { where, withAppDatabase } from './open-database';

await withAppDatabase(async (database) => {
  await migrate(database);
  // The app role's rights on every table, those this migration added included (Postgres only).
  await grantAppRole(database, { password: process.env.APP_DATABASE_PASSWORD });
  console.log(`Migrated ${where()}.`);
}, { owner: true });
