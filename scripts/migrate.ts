import { migrate } from '@/db/migrate';
import { where, withAppDatabase } from './open-database';

await withAppDatabase(async (database) => {
  await migrate(database);
  console.log(`Migrated ${where()}.`);
});
