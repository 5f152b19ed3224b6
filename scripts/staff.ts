import { randomBytes, randomUUID } from 'node:crypto';
import { staff } from '@/db/schema';
import { migrate } from '@/db/migrate';
import { seedReferenceData } from '@/scripts/seed/base';
import { hashPassword } from '@/lib/auth/password';
import { writeAudit } from '@/lib/audit/write';
import { withAppDatabase } from './open-database';

// `npm run staff -- create-admin EMAIL NAME`: the first admin of a new installation (every later
// member is added on /admin/staff). The password is generated and shown once; change it by having
// another admin reset the account, or sign in and keep it in a password manager.
const [command, email, ...nameParts] = process.argv.slice(2);
const name = nameParts.join(' ').trim();
const cli = { type: 'system' as const, id: null, label: `cli:${process.env.USER ?? 'operator'}` };

if (command !== 'create-admin' || !email || !/^[^@\s]+@[^@\s]+$/.test(email) || !name) {
  console.error('usage: npm run staff -- create-admin EMAIL NAME');
  process.exit(64);
}

await withAppDatabase(async (database) => {
  await migrate(database);
  const password = randomBytes(18).toString('base64url');
  const created = await database.db.transaction(async (tx) => {
    await seedReferenceData(tx);
    const [row] = await tx.insert(staff).values({ email: email.toLowerCase(), name, role: 'admin', passwordHash: await hashPassword(password) })
      .onConflictDoNothing({ target: staff.email }).returning({ id: staff.id, email: staff.email });
    if (row) await writeAudit(tx, cli, randomUUID(), [{ action: 'staff.create', targetType: 'staff', targetId: row.id, after: { email: row.email, name, role: 'admin' } }]);
    return row;
  });
  if (!created) {
    console.error(`error: a staff member with the email ${email} already exists.`);
    process.exit(65);
  }
  console.log(`Created admin ${created.email}. The password is shown only now:`);
  console.log(password);
});
