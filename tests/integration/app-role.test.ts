import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, grantAppRole } from '@/db/roles';
import { createTestDatabase, type TestDatabase } from '../support/db';

/**
 * The app connects as a role that owns nothing: it may read and insert the audit log but not
 * change it, nor switch off, alter or drop the triggers that keep it append-only. On PGlite (demo
 * mode, one user) the grant step is a no-op and the triggers alone hold.
 */
let t: TestDatabase;
let app: Client | null = null;
const password = randomBytes(12).toString('hex');
beforeAll(async () => {
  t = await createTestDatabase();
  await grantAppRole(t, { password });
  if (t.url) {
    const url = new URL(t.url);
    url.username = APP_ROLE;
    url.password = password;
    app = new Client({ connectionString: url.toString() });
    await app.connect();
  }
});
afterAll(async () => {
  await app?.end();
  await t.drop();
});

const refused = async (statement: string) => {
  await expect(app!.query(statement), statement).rejects.toThrow(/permission denied|must be owner|must be superuser|append-only|not allowed/i);
};

describe('the app role', () => {
  it('reads and inserts the audit log, and can change nothing that keeps it append-only', async () => {
    if (!app) {
      expect(t.kind).toBe('pglite');
      return;
    }
    await app.query(`insert into audit_log (actor_type, actor_label, action, request_id) values ('system', 'test', 'app_role.check', 'r1')`);
    expect((await app.query(`select count(*)::int as n from audit_log where action = 'app_role.check'`)).rows[0].n).toBe(1);
    await refused(`update audit_log set action = 'x'`);
    await refused(`delete from audit_log`);
    await refused(`truncate audit_log`);
    await refused(`update evidence_snapshots set sha256 = 'x'`);
    await refused(`alter table audit_log disable trigger all`);
    await refused(`alter table audit_log disable trigger audit_log_no_update_delete`);
    await refused(`drop trigger audit_log_no_update_delete on audit_log`);
    await refused(`drop table audit_log`);
    await refused(`set session_replication_role = replica`);
    await refused(`alter table disclosure_versions disable trigger all`);
    await refused(`create table sneaky (id int)`);
  });
});
