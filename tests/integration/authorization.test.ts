import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff, StaffRole } from '@/db/schema';
import { executeAction, type ServerAction } from '@/lib/actions/define-action';
import { can, roles } from '@/lib/auth/permissions';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';
import type { ActionFixture, Fixtures, RouteFixture } from './authorization/types';

/**
 * Finds every server action (any module under lib/ or app/ that starts with 'use server') and every
 * route handler under app/api/v1, and calls each anonymously and as each role. Only the calls the
 * permission table allows may succeed. A new action or route without a fixture fails this test.
 */
const root = path.resolve(import.meta.dirname, '../..');

// Actions that are public by design (they only touch the caller's own session or cookie).
const publicActions = new Set(['lib/auth/actions.ts#signInWithPassword', 'lib/i18n/actions.ts#setLocale']);
// Routes readable without an API key.
const publicRoutes = new Set(['GET /api/v1/openapi.json']);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}
const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
const isServerModule = (file: string) => /^\s*(['"])use server\1/.test(fs.readFileSync(file, 'utf8'));

const actionModules = [...walk(path.join(root, 'lib')), ...walk(path.join(root, 'app'))].filter(isServerModule);
const routeModules = fs.existsSync(path.join(root, 'app/api/v1')) ? walk(path.join(root, 'app/api/v1')).filter((f) => f.endsWith('route.ts')) : [];

const fixtureFiles = walk(path.join(import.meta.dirname, 'authorization')).filter((f) => !f.endsWith('types.ts'));
const actionFixtures: Record<string, ActionFixture> = {};
const routeFixtures: Record<string, RouteFixture> = {};

let t: TestDatabase;
const members = {} as Record<StaffRole, Staff>;
let apiKey: string;
let revokedKey: string;

beforeAll(async () => {
  t = await createTestDatabase();
  for (const role of roles) members[role] = await createStaff(t.db, role);
  apiKey = (await createTestApiKey(t.db)).key;
  revokedKey = (await createTestApiKey(t.db, { revoked: true })).key;
  for (const file of fixtureFiles) {
    const mod = (await import(pathToFileURL(file).href)) as { fixtures: Fixtures };
    Object.assign(actionFixtures, mod.fixtures.actions);
    Object.assign(routeFixtures, mod.fixtures.routes);
  }
});
afterAll(async () => { await t.drop(); });

describe('every server action', () => {
  it('is found', () => expect(actionModules.length).toBeGreaterThan(0));

  for (const file of actionModules) {
    it(`${rel(file)}: each export goes through defineAction or is a declared public action`, async () => {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        const id = `${rel(file)}#${name}`;
        if (publicActions.has(id)) continue;
        expect(typeof value, id).toBe('function');
        expect((value as Partial<ServerAction<never, unknown>>).definition, `${id} must be built with defineAction`).toBeDefined();
      }
    });

    it(`${rel(file)}: only the roles the permission table allows can call its actions`, async () => {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, ServerAction<never, unknown>>;
      for (const [name, action] of Object.entries(mod)) {
        if (publicActions.has(`${rel(file)}#${name}`)) continue;
        const def = action.definition;
        const fixture = actionFixtures[def.name];
        expect(fixture, `no authorization fixture for action "${def.name}" (add one under tests/integration/authorization/)`).toBeDefined();

        const anonymous = await executeAction(def, { db: t.db, staffId: null, requestId: 'authz' }, await fixture({ db: t.db, caller: null, role: null }));
        expect(anonymous, `${def.name} anonymously`).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

        for (const role of roles) {
          const caller = members[role];
          const input = await fixture({ db: t.db, caller, role });
          const result = await executeAction(def, { db: t.db, staffId: caller.id, requestId: 'authz' }, input);
          if (can(role, def.permission)) {
            expect(result, `${def.name} as ${role} should succeed`).toMatchObject({ ok: true });
          } else {
            expect(result, `${def.name} as ${role} should be forbidden`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
          }
        }
      }
    });
  }
});

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

describe('every platform API route', () => {
  it('is found', () => expect(routeModules.length).toBeGreaterThan(0));

  for (const file of routeModules) {
    const route = '/' + rel(file).replace(/^app\//, '').replace(/\/route\.ts$/, '').replace(/\/\([^)]+\)/g, '');
    it(`${route}: refuses a missing or revoked key and accepts a valid one`, async () => {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const method of methods) {
        const handler = mod[method] as ((req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) | undefined;
        if (!handler) continue;
        const id = `${method} ${route}`;
        const fixture = routeFixtures[id];
        if (publicRoutes.has(id)) {
          const res = await handler(new Request(`http://test${route}`, { method }), { params: Promise.resolve({}) });
          expect(res.status, id).toBeLessThan(400);
          continue;
        }
        expect(fixture, `no authorization fixture for route "${id}"`).toBeDefined();
        const call = async (key: string | null) => {
          const { body, path: p, params } = await fixture({ db: t.db });
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (key) headers.authorization = `Bearer ${key}`;
          const req = new Request(`http://test${p ?? route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
          return handler(req, { params: Promise.resolve(params ?? {}) });
        };
        expect((await call(null)).status, `${id} without a key`).toBe(401);
        expect((await call('bwk_not-a-real-key')).status, `${id} with an unknown key`).toBe(401);
        expect((await call(revokedKey)).status, `${id} with a revoked key`).toBe(401);
        const ok = await call(apiKey);
        expect(ok.status, `${id} with a valid key: ${await ok.clone().text()}`).toBeLessThan(300);
      }
    });
  }
});
