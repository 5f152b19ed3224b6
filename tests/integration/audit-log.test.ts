import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, categories } from '@/db/schema';
import { queryRows } from '@/db/query';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { databaseError } from '../support/errors';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

const renameCategory: ActionDefinition<z.ZodObject<{ id: z.ZodString; nameEn: z.ZodString; fail: z.ZodBoolean }>, { id: string }> = {
  name: 'test.renameCategory',
  permission: 'standards.edit',
  input: z.object({ id: z.string(), nameEn: z.string().min(1), fail: z.boolean() }),
  async run({ tx, input, audit }) {
    const [before] = await tx.select().from(categories).where(eq(categories.id, input.id));
    await tx.update(categories).set({ nameEn: input.nameEn }).where(eq(categories.id, input.id));
    audit({ action: 'category.rename', targetType: 'category', targetId: input.id, before: { nameEn: before.nameEn }, after: { nameEn: input.nameEn } });
    if (input.fail) throw new DomainError('conflict', 'refused after writing');
    return { id: input.id };
  },
};

const auditRows = async () => (await t.db.select({ n: count() }).from(auditLog))[0].n;

describe('the action builder and the audit log', () => {
  it('writes exactly one audit row in the same transaction as the change', async () => {
    const admin = await createStaff(t.db, 'admin');
    const before = await auditRows();
    const result = await executeAction(renameCategory, { db: t.db, staffId: admin.id, requestId: 'req-1' }, { id: 'insult', nameEn: 'Insults', fail: false });
    expect(result).toEqual({ ok: true, data: { id: 'insult' } });
    expect(await auditRows()).toBe(before + 1);
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.requestId, 'req-1'));
    expect(row).toMatchObject({ actorId: admin.id, action: 'category.rename', targetId: 'insult', before: { nameEn: 'Insult' }, after: { nameEn: 'Insults' } });
  });

  it('leaves neither the change nor an audit row when the change fails', async () => {
    const admin = await createStaff(t.db, 'admin');
    const before = await auditRows();
    const result = await executeAction(renameCategory, { db: t.db, staffId: admin.id, requestId: 'req-2' }, { id: 'threat', nameEn: 'Changed', fail: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await auditRows()).toBe(before);
    const [cat] = await t.db.select().from(categories).where(eq(categories.id, 'threat'));
    expect(cat.nameEn).toBe('Threats');
  });

  it('names each bad field and writes nothing', async () => {
    const admin = await createStaff(t.db, 'admin');
    const before = await auditRows();
    const result = await executeAction(renameCategory, { db: t.db, staffId: admin.id, requestId: 'req-3' }, { id: 'insult', nameEn: '', fail: 'no' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(['fail', 'nameEn']);
    }
    expect(await auditRows()).toBe(before);
  });

  it('refuses roles without the permission, the anonymous and the deactivated', async () => {
    const moderator = await createStaff(t.db, 'moderator');
    const retired = await createStaff(t.db, 'admin', { active: false });
    const input = { id: 'insult', nameEn: 'X', fail: false };
    expect(await executeAction(renameCategory, { db: t.db, staffId: moderator.id, requestId: 'r' }, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await executeAction(renameCategory, { db: t.db, staffId: null, requestId: 'r' }, input)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await executeAction(renameCategory, { db: t.db, staffId: retired.id, requestId: 'r' }, input)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('refuses a session that began before its member signed out, and accepts a later one', async () => {
    const signedOutAt = new Date(Date.now() - 60_000);
    const admin = await createStaff(t.db, 'admin', { signedOutAt });
    const input = { id: 'insult', nameEn: 'Insult', fail: false };
    const call = (signedInAt: number | null) => executeAction(renameCategory, { db: t.db, staffId: admin.id, signedInAt, requestId: 'r' }, input);
    expect(await call(signedOutAt.getTime() - 1)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await call(null)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await call(signedOutAt.getTime() + 1)).toMatchObject({ ok: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    expect(await auditRows()).toBeGreaterThan(0);
    expect(await databaseError(t.db.execute(sql`update audit_log set action = 'forged'`))).toMatch(/append-only/);
    expect(await databaseError(t.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
    expect(await databaseError(t.db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
    const [{ forged }] = await queryRows<{ forged: number }>(t.db, sql`select count(*)::int as forged from audit_log where action = 'forged'`);
    expect(forged).toBe(0);
  });
});
