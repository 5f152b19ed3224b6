import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createTestApiKey } from '../support/api';
import { findApiRoutes, routeFixtures, writeCounter, type FoundRoute } from '../support/routes';
import type { RouteFixture } from './authorization/types';

/**
 * Every route under app/api/v1 (routes added later included), called in-process with real Requests
 * carrying hostile input: arbitrary JSON, strings with NUL and lone surrogates, numbers beyond every
 * column, bytes that are not UTF-8, wrong content types, and the route's own valid request with one
 * part replaced. No answer may be a 5xx, and a 4xx must leave every table as it was (no row
 * inserted, updated or deleted: counted by a trigger on every table).
 * 1,000 runs per route on PGlite (the integration suite's in-memory run); fewer on the Postgres
 * server, where the same properties run against the other driver.
 */
const RUNS = process.env.BULWARK_FUZZ_RUNS ? Number(process.env.BULWARK_FUZZ_RUNS) : undefined;

let t: TestDatabase;
let key: string;
let writes: () => Promise<number>;
let routes: FoundRoute[];
let fixtures: Record<string, RouteFixture>;
const publicRoutes = new Set(['GET /api/v1/openapi.json']);

beforeAll(async () => {
  t = await createTestDatabase();
  const created = await createTestApiKey(t.db);
  key = created.key;
  // Last used "in the future": the once-a-minute touch of the key would otherwise be a write on a 4xx.
  await t.db.update(apiKeys).set({ lastUsedAt: new Date(Date.now() + 24 * 3600_000) }).where(sql`${apiKeys.id} = ${created.id}`);
  writes = await writeCounter(t.db);
  routes = (await findApiRoutes()).filter((r) => !publicRoutes.has(r.id));
  fixtures = await routeFixtures();
});
afterAll(async () => { await t.drop(); });

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy', '\uDBFF\uDBFF', '', ' ', '%00', '../..', '<script>', 'x'.repeat(6000), '1e400', 'SAN-00000000',
    '2026-03-01T08:00:00Z', '00000000-0000-0000-0000-000000000000', 'post_created', 'comments_added', 'bullet_comments', 'viewers', 'renamed', 'topic'),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(2147483648, -2147483649, 9007199254740993, 1e308, -1e308, 1e21, 0.5, -1, 0),
);
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString, hostileNumber, fc.boolean(), fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
}));

type Path = (string | number)[];
/** Every path into a JSON value, the root included. */
function paths(v: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(v)) v.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (v && typeof v === 'object') for (const [k, item] of Object.entries(v)) out.push(...paths(item, [...prefix, k]));
  return out;
}
function replaced(v: unknown, path: Path, value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as typeof node;
  const last = path[path.length - 1];
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
}

type Sent = { body: string | Uint8Array | null; query: string | null; contentType: string | null };

function requests(route: FoundRoute, template: { body?: unknown; path?: string }): fc.Arbitrary<Sent> {
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    { weight: 1, arbitrary: fc.constantFrom(null, 'text/plain', 'application/x-www-form-urlencoded', 'application/merge-patch+json', 'application/json; charset=latin1') },
  );
  if (route.method === 'GET') {
    const base = Object.fromEntries(new URL(`http://test${template.path ?? route.route}`).searchParams);
    const mutated = fc.tuple(fc.constantFrom(...Object.keys(base), 'extra'), hostileString).map(([k, v]) => ({ ...base, [k]: v }));
    const arbitrary = fc.dictionary(hostileString, hostileString, { maxKeys: 4 });
    return fc.oneof(mutated, arbitrary).map((q) => ({ body: null, query: new URLSearchParams(q).toString(), contentType: null }));
  }
  const tpl = template.body ?? {};
  const allPaths = paths(tpl);
  const mutated = fc.tuple(fc.constantFrom(...allPaths), hostileValue, fc.boolean()).map(([p, v, remove]) => replaced(tpl, p, v, remove));
  const added = fc.tuple(fc.constantFrom(...allPaths), hostileString, hostileValue).map(([p, k, v]) => {
    const copy = structuredClone(tpl);
    const target = p.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], copy);
    if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[k] = v;
    return copy;
  });
  const json = fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: added }, { weight: 2, arbitrary: hostileValue })
    .map((v) => JSON.stringify(v) ?? 'null');
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 64 }),
    fc.tuple(json, fc.uint8Array({ minLength: 1, maxLength: 4 }).map((b) => b.map((x) => 0x80 | x))).map(([s, junk]) => {
      const enc = new TextEncoder().encode(s);
      const at = Math.floor(enc.length / 2);
      return new Uint8Array([...enc.slice(0, at), ...junk, ...enc.slice(at)]);
    }),
  );
  const body = fc.oneof({ weight: 6, arbitrary: json }, { weight: 1, arbitrary: bytes }, { weight: 1, arbitrary: fc.constantFrom('', '{', '[]', 'null', '"\\u0000"', '{"a":1e400}', '{"__proto__":{"x":1}}') });
  return fc.record({ body, query: fc.constant(null), contentType });
}

describe('fuzzing every platform API route', () => {
  it('finds the routes, each with a fixture to start from', () => {
    expect(routes.length).toBeGreaterThan(5);
    for (const r of routes) expect(fixtures[r.id], `no authorization fixture for ${r.id}`).toBeDefined();
  });

  it('answers hostile input with no 5xx, and a 4xx writes nothing', async () => {
    const numRuns = RUNS ?? (t.kind === 'pglite' ? 1_000 : 150);
    for (const route of routes) {
      const template = await fixtures[route.id]({ db: t.db });
      let before = await writes();
      await fc.assert(
        fc.asyncProperty(requests(route, template), async (sent) => {
          const headers: Record<string, string> = { authorization: `Bearer ${key}` };
          if (sent.contentType) headers['content-type'] = sent.contentType;
          const url = `http://test${route.route}${sent.query !== null ? `?${sent.query}` : ''}`;
          const req = new Request(url, { method: route.method, headers, body: sent.body as BodyInit | null });
          if (!sent.contentType) req.headers.delete('content-type');
          const res = await route.handler(req, { params: Promise.resolve(template.params ?? {}) });
          const text = await res.text();
          expect(res.status, `${route.id} answered ${res.status}: ${text.slice(0, 300)}`).toBeLessThan(500);
          expect(() => JSON.parse(text), `${route.id}: the answer is JSON`).not.toThrow();
          const after = await writes();
          if (res.status >= 400) expect(after - before, `${route.id} answered ${res.status} but wrote rows`).toBe(0);
          before = after;
        }),
        { numRuns, seed: process.env.BULWARK_FUZZ_SEED ? Number(process.env.BULWARK_FUZZ_SEED) : undefined, endOnFailure: true },
      );
    }
  }, 30 * 60_000);
});
