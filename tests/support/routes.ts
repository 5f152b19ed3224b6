import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import type { Fixtures, RouteFixture } from '../integration/authorization/types';

/** Every route handler under app/api/v1 with its method and path, found on disk (routes added later included). */
export type FoundRoute = { id: string; method: string; route: string; handler: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> };

const root = path.resolve(import.meta.dirname, '../..');
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name === 'route.ts' ? [p] : [];
  });
}

export async function findApiRoutes(): Promise<FoundRoute[]> {
  const found: FoundRoute[] = [];
  for (const file of walk(path.join(root, 'app/api/v1'))) {
    const route = '/' + path.relative(root, file).split(path.sep).join('/').replace(/^app\//, '').replace(/\/route\.ts$/, '').replace(/\/\([^)]+\)/g, '');
    const mod = (await import(pathToFileURL(file).href)) as Record<string, FoundRoute['handler'] | undefined>;
    for (const method of methods) {
      const handler = mod[method];
      if (handler) found.push({ id: `${method} ${route}`, method, route, handler });
    }
  }
  return found.sort((a, b) => a.id.localeCompare(b.id));
}

/** The authorization test's route fixtures: a valid request for each route. */
export async function routeFixtures(): Promise<Record<string, RouteFixture>> {
  const dir = path.join(root, 'tests/integration/authorization');
  const out: Record<string, RouteFixture> = {};
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'types.ts')) {
    const mod = (await import(pathToFileURL(path.join(dir, name)).href)) as { fixtures: Fixtures };
    Object.assign(out, mod.fixtures.routes);
  }
  return out;
}

/**
 * A function counting the rows of every table in the public schema (tables added later included),
 * in one statement: what the fuzz compares before and after a refused request.
 */
export async function rowCounter(db: Executor): Promise<() => Promise<Record<string, number>>> {
  const tables = await queryRows<{ name: string }>(db, sql`
    select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  const statement = sql.raw(tables.map((t) => `select '${t.name}' as name, count(*)::int as n from "${t.name}"`).join(' union all '));
  return async () => Object.fromEntries((await queryRows<{ name: string; n: number }>(db, statement)).map((r) => [r.name, Number(r.n)]));
}

/**
 * A counter of committed row writes (insert, update, delete) to every table in the public schema,
 * kept by a row trigger in the test database: one cheap read per fuzz run, and stricter than row
 * counts (an update on a refused request shows too). Rolled-back writes roll the counter back.
 */
export async function writeCounter(db: Executor): Promise<() => Promise<number>> {
  for (const statement of [
    'create schema if not exists fuzz',
    'create table if not exists fuzz.writes (n bigint not null)',
    'insert into fuzz.writes values (0)',
    'create or replace function fuzz.count_write() returns trigger language plpgsql as $$ begin update fuzz.writes set n = n + 1; return null; end $$',
  ]) await db.execute(sql.raw(statement));
  const tables = await queryRows<{ name: string }>(db, sql`
    select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  for (const t of tables) {
    await db.execute(sql.raw(`create trigger zz_fuzz_count_write after insert or update or delete on "${t.name}" for each row execute function fuzz.count_write()`));
  }
  return async () => Number((await queryRows<{ n: string | number }>(db, sql`select n from fuzz.writes`))[0].n);
}
