import { migrate } from '@/db/migrate';
import { isEmpty, seedDemo } from '@/scripts/seed';
import { where, withAppDatabase } from '../open-database';

await withAppDatabase(async (database) => {
  await migrate(database);
  if (!(await isEmpty(database.db)) && !process.argv.includes('--force')) {
    console.log(`${where()} already has data; not seeding (pass --force to add demo data anyway).`);
    return;
  }
  const result = await seedDemo(database.db);
  console.log(`Seeded demo data into ${where()}: ${result.reports} reports.`);
});
