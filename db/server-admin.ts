import { Client } from 'pg';

// For tests, the e2e server and benchmarks, which each work in a database of their own on one server.

export const defaultAdminUrl = () => process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresReachable(adminUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function onServer(adminUrl: string, statement: string) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const safeName = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a safe database name: ${name}`);
  return name;
};

/** Drops `name` if it exists, creates it empty and returns its URL (same server and user as adminUrl). */
export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  await onServer(adminUrl, `DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`);
  await onServer(adminUrl, `CREATE DATABASE ${safeName(name)}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Drops `name`, giving connections that are closing a moment to go: forcing at once kills backends
 * whose clients are still ending, which then report a FATAL error into the process that owned them.
 */
export async function dropDatabase(adminUrl: string, name: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return await onServer(adminUrl, `DROP DATABASE IF EXISTS ${safeName(name)}`);
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // 55006: still being accessed
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await onServer(adminUrl, `DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`);
}
