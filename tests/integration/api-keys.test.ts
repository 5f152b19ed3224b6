import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { eq, sql } from 'drizzle-orm';
import { apiKeys, auditLog, type Staff } from '@/db/schema';
import { queryRows } from '@/db/query';
import { executeAction, type ServerAction } from '@/lib/actions/define-action';
import { createApiKey, revokeApiKey } from '@/lib/apikeys/actions';
import { hashApiKey } from '@/lib/apikeys/keys';
import { listApiKeys } from '@/lib/apikeys/queries';
import { POST as postReport } from '@/app/api/v1/reports/route';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';

let t: TestDatabase;
let admin: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createStaff(t.db, 'admin', { name: 'Key Keeper' });
});
afterAll(async () => { await t.drop(); });

async function call<S extends z.ZodType, O>(action: ServerAction<S, O>, input: unknown, staffId = admin.id) {
  const requestId = randomUUID();
  const result = await executeAction(action.definition, { db: t.db, staffId, requestId }, input);
  const audit = await t.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
  return { result, audit };
}

/**
 * Asks the platform API whether it accepts a key. The body is deliberately empty: a key that
 * authenticates gets 400 for the missing fields, one that does not gets 401 before the body is read.
 */
async function platformAccepts(key: string): Promise<boolean> {
  const res = await postReport(
    new Request('http://test/api/v1/reports', { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: '{}' }),
    { params: Promise.resolve({}) },
  );
  expect([400, 401]).toContain(res.status);
  return res.status === 400;
}

async function create(name: string) {
  const { result, audit } = await call(createApiKey, { name });
  if (!result.ok) throw new Error(result.error.message);
  return { ...result.data, audit };
}

describe('API keys', () => {
  it('returns the key once and stores only its hash: neither the table nor the audit log contains it', async () => {
    const created = await create('Platform staging');
    expect(created.key).toMatch(/^bwk_[A-Za-z0-9_-]{32}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);

    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row).toMatchObject({ name: 'Platform staging', keyHash: hashApiKey(created.key), createdBy: admin.id, revokedAt: null });
    const everything = await queryRows<{ row: string }>(t.db, sql`select row_to_json(k)::text as row from api_keys k`);
    const secret = created.key.slice(created.prefix.length);
    expect(everything.some((r) => r.row.includes(secret))).toBe(false);

    expect(created.audit).toHaveLength(1);
    expect(created.audit[0]).toMatchObject({ action: 'apikey.create', targetType: 'api_key', targetId: created.id, after: { name: 'Platform staging', prefix: created.prefix } });
    const auditText = await queryRows<{ row: string }>(t.db, sql`select row_to_json(a)::text as row from audit_log a`);
    expect(auditText.some((r) => r.row.includes(secret))).toBe(false);

    expect(await platformAccepts(created.key)).toBe(true);
    expect(await platformAccepts(`${created.key}x`)).toBe(false);
  });

  it('revokes a key, which the platform API then refuses; revoking twice is refused without an audit row', async () => {
    const created = await create('To revoke');
    expect(await platformAccepts(created.key)).toBe(true);
    const { result, audit } = await call(revokeApiKey, { id: created.id });
    expect(result).toMatchObject({ ok: true, data: { id: created.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'apikey.revoke', targetId: created.id, before: { revokedAt: null } });
    expect((audit[0].after as { revokedAt: string }).revokedAt).toBeTruthy();
    expect(await platformAccepts(created.key)).toBe(false);

    const again = await call(revokeApiKey, { id: created.id });
    expect(again.result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { id: ['already_revoked'] } } });
    expect(again.audit).toHaveLength(0);

    const unknown = await call(revokeApiKey, { id: randomUUID() });
    expect(unknown.result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(unknown.audit).toHaveLength(0);
  });

  it('refuses a blank name, naming the field, and writes nothing', async () => {
    const before = (await t.db.select().from(apiKeys)).length;
    const { result, audit } = await call(createApiKey, { name: '   ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { name: ['name_required'] } } });
    expect(audit).toHaveLength(0);
    expect(await t.db.select().from(apiKeys)).toHaveLength(before);
  });

  it('lists name, prefix, creator, created, last used and revoked, active keys first, never the hash', async () => {
    const revoked = await create('Old integration');
    await call(revokeApiKey, { id: revoked.id });
    const fresh = await create('New integration');
    const list = await listApiKeys(t.db);
    expect(list.some((k) => 'keyHash' in k)).toBe(false);
    expect(list.find((k) => k.id === fresh.id)).toMatchObject({ name: 'New integration', prefix: fresh.prefix, createdBy: 'Key Keeper', lastUsedAt: null, revokedAt: null });
    expect(list.find((k) => k.id === revoked.id)?.revokedAt).toBeInstanceOf(Date);
    const firstRevoked = list.findIndex((k) => k.revokedAt);
    expect(list.slice(firstRevoked).every((k) => k.revokedAt)).toBe(true);
  });
});
