// A second process for the data-folder lock test: opens the embedded database, writes rows and holds
// it open until told to write more and exit (stdin line "finish") or until killed.
import readline from 'node:readline';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';

const folder = process.argv[2];
const database = await openDatabase({ folder });
await database.db.execute(sql`create table if not exists marks (n int primary key)`);
await database.db.execute(sql`insert into marks select generate_series(1, 100)`);
console.log(`holding ${process.pid}`);

for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line.trim() === 'finish') {
    await database.db.execute(sql`insert into marks select generate_series(101, 200)`);
    await database.close();
    console.log('finished');
    process.exit(0);
  }
}
