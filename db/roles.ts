import { sql } from 'drizzle-orm';
import type { Database } from './client';

/**
 * The least-privilege role the app connects as on Postgres. Migrations run as the owner of the
 * tables (MIGRATION_DATABASE_URL, or DATABASE_URL when the app still connects as the owner); the app
 * role owns nothing, so it cannot alter, disable or drop the append-only triggers, and it is not a
 * superuser, so it cannot set session_replication_role. It may insert and read the append-only
 * tables and nothing more; ordinary rights elsewhere.
 */
export const APP_ROLE = process.env.APP_DATABASE_ROLE ?? 'bulwark_app';

/** Tables the app may only insert into and read: the audit log and the evidence snapshots. */
export const APPEND_ONLY_TABLES = ['audit_log', 'evidence_snapshots'] as const;

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a safe role name: ${name}`);
  return name;
};

/**
 * Creates the app role if missing (LOGIN with `password` when given) and grants it its rights on
 * every table, including tables later migrations add: default privileges for what the owner creates
 * next, plus this grant step after each migration. Postgres only; a no-op on PGlite (demo mode).
 */
export async function grantAppRole(database: Database, opts: { role?: string; password?: string } = {}) {
  if (database.kind !== 'postgres') return;
  const role = ident(opts.role ?? APP_ROLE);
  const run = (statement: string) => database.db.execute(sql.raw(statement));
  try {
    await run(`CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`);
  } catch (error) {
    // 42710: it exists (roles are per server; another database or a parallel migrate made it).
    if ((error as { cause?: { code?: string }; code?: string }).cause?.code !== '42710' && (error as { code?: string }).code !== '42710') throw error;
  }
  if (opts.password) {
    await database.db.execute(sql`select set_config('bulwark.app_password', ${opts.password}, true)`);
    await run(`DO $$ BEGIN EXECUTE format('ALTER ROLE ${role} LOGIN PASSWORD %L', current_setting('bulwark.app_password')); END $$`);
  }
  await run(`GRANT CONNECT ON DATABASE "${(await currentDatabase(database))}" TO ${role}`);
  await run(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await run(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await run(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  await run(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role}`);
  await run(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
  await run(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${role}`);
  await run(`REVOKE CREATE ON SCHEMA public FROM ${role}`);
  for (const table of APPEND_ONLY_TABLES) {
    await run(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${table} FROM ${role}`);
  }
}

async function currentDatabase(database: Database): Promise<string> {
  const result = (await database.db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] };
  return result.rows[0].name.replace(/"/g, '""');
}
