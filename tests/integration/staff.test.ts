import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, staff } from '@/db/schema';
import { useDatabase } from '@/db/client';
import { executeAction, type ServerAction } from '@/lib/actions/define-action';
import { verifyPassword } from '@/lib/auth/password';
import { changeRole, createStaff, deactivateStaff, reactivateStaff } from '@/lib/staff/actions';
import { createApiKey } from '@/lib/apikeys/actions';
import { listStaff } from '@/lib/staff/queries';
import { verifyStaffCredentials } from '@/lib/staff/sign-in';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff as insertStaff } from '../support/staff';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

/** Calls an action as `staffId` under a fresh request id, and returns the audit rows that request wrote. */
async function call<S extends z.ZodType, O>(action: ServerAction<S, O>, staffId: string, input: unknown, db = t) {
  const requestId = randomUUID();
  const result = await executeAction(action.definition, { db: db.db, staffId, requestId }, input);
  const audit = await db.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
  return { result, audit };
}
const password = 'correct horse battery';
const uniqueEmail = () => `new-${randomUUID().slice(0, 8)}@test.bulwark`;

describe('creating staff', () => {
  it('creates a member who can sign in, and audits it without the password hash', async () => {
    const admin = await insertStaff(t.db, 'admin');
    const email = uniqueEmail();
    const { result, audit } = await call(createStaff, admin.id, { email: `  ${email.toUpperCase()} `, name: ' Ada Moderator ', role: 'moderator', password });
    expect(result).toMatchObject({ ok: true, data: { email, name: 'Ada Moderator', role: 'moderator', active: true } });
    expect(result.ok && 'passwordHash' in result.data).toBe(false);

    const [row] = await t.db.select().from(staff).where(eq(staff.email, email));
    expect(row.passwordHash).not.toContain(password);
    expect(await verifyPassword(password, row.passwordHash)).toBe(true);
    expect((await verifyStaffCredentials(email, password))?.id).toBe(row.id);

    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'staff.create', actorId: admin.id, targetType: 'staff', targetId: row.id, before: null });
    expect(JSON.stringify(audit[0])).not.toMatch(/password|\$2[aby]\$/i);
  });

  it('refuses a duplicate email (in any case) naming the email field, and writes nothing', async () => {
    const admin = await insertStaff(t.db, 'admin');
    const email = uniqueEmail();
    expect((await call(createStaff, admin.id, { email, name: 'First', role: 'moderator', password })).result.ok).toBe(true);
    const again = await call(createStaff, admin.id, { email: email.toUpperCase(), name: 'Second', role: 'supervisor', password });
    expect(again.result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { email: ['email_taken'] } } });
    expect(again.result.ok || again.result.error.message).toContain(email);
    expect(again.audit).toHaveLength(0);
    expect(await t.db.select().from(staff).where(eq(staff.email, email))).toHaveLength(1);
  });

  it('names each invalid field: email, name, role, a password under 12 characters', async () => {
    const admin = await insertStaff(t.db, 'admin');
    const { result, audit } = await call(createStaff, admin.id, { email: 'not-an-email', name: ' ', role: 'owner', password: 'short-11chr' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { email: ['email_invalid'], name: ['name_required'], role: ['role_invalid'], password: ['password_too_short'] } },
    });
    expect(audit).toHaveLength(0);
  });
});

describe('changing roles', () => {
  it('changes a role and audits before and after', async () => {
    const admin = await insertStaff(t.db, 'admin');
    const member = await insertStaff(t.db, 'moderator');
    const { result, audit } = await call(changeRole, admin.id, { id: member.id, role: 'supervisor' });
    expect(result).toMatchObject({ ok: true, data: { id: member.id, role: 'supervisor' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'staff.changeRole', targetId: member.id, before: { role: 'moderator' }, after: { role: 'supervisor' } });
    expect(JSON.stringify(audit[0])).not.toMatch(/passwordHash/);
  });

  it('refuses an admin demoting themselves, and a change to the same role', async () => {
    const admin = await insertStaff(t.db, 'admin');
    const self = await call(changeRole, admin.id, { id: admin.id, role: 'moderator' });
    expect(self.result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { role: ['self_demote'] } } });
    expect(self.audit).toHaveLength(0);
    expect((await t.db.select().from(staff).where(eq(staff.id, admin.id)))[0].role).toBe('admin');

    const member = await insertStaff(t.db, 'supervisor');
    const same = await call(changeRole, admin.id, { id: member.id, role: 'supervisor' });
    expect(same.result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { role: ['role_unchanged'] } } });
    expect(same.audit).toHaveLength(0);
  });

  it('answers not_found for an unknown member', async () => {
    const admin = await insertStaff(t.db, 'admin');
    const { result, audit } = await call(changeRole, admin.id, { id: randomUUID(), role: 'supervisor' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(audit).toHaveLength(0);
  });
});

describe('deactivating and reactivating', () => {
  it('refuses an admin deactivating themselves', async () => {
    const admin = await insertStaff(t.db, 'admin');
    const { result, audit } = await call(deactivateStaff, admin.id, { id: admin.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { id: ['self_deactivate'] } } });
    expect(audit).toHaveLength(0);
  });

  it('deactivates a member, who can then do nothing: no action, no sign-in', async () => {
    const admin = await insertStaff(t.db, 'admin');
    const email = uniqueEmail();
    const created = await call(createStaff, admin.id, { email, name: 'Soon Gone', role: 'admin', password });
    if (!created.result.ok) throw new Error(created.result.error.message);
    const member = created.result.data;
    expect((await call(createApiKey, member.id, { name: 'before deactivation' })).result.ok).toBe(true);

    const { result, audit } = await call(deactivateStaff, admin.id, { id: member.id });
    expect(result).toMatchObject({ ok: true, data: { id: member.id, active: false } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'staff.deactivate', targetId: member.id, before: { active: true, deactivatedAt: null }, after: { active: false } });

    const next = await call(createApiKey, member.id, { name: 'after deactivation' });
    expect(next.result).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(next.audit).toHaveLength(0);
    expect(await verifyStaffCredentials(email, password)).toBeNull();

    const twice = await call(deactivateStaff, admin.id, { id: member.id });
    expect(twice.result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { id: ['already_inactive'] } } });
    expect(twice.audit).toHaveLength(0);
  });

  it('reactivates a member, who can sign in again', async () => {
    const admin = await insertStaff(t.db, 'admin');
    const email = uniqueEmail();
    const created = await call(createStaff, admin.id, { email, name: 'Back Again', role: 'moderator', password });
    if (!created.result.ok) throw new Error(created.result.error.message);
    await call(deactivateStaff, admin.id, { id: created.result.data.id });

    const { result, audit } = await call(reactivateStaff, admin.id, { id: created.result.data.id });
    expect(result).toMatchObject({ ok: true, data: { active: true, deactivatedAt: null } });
    expect(audit[0]).toMatchObject({ action: 'staff.reactivate', before: { active: false }, after: { active: true } });
    expect(await verifyStaffCredentials(email, password)).not.toBeNull();

    const again = await call(reactivateStaff, admin.id, { id: created.result.data.id });
    expect(again.result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { id: ['already_active'] } } });
  });

  it('lists every member without password hashes, active ones first', async () => {
    const retired = await insertStaff(t.db, 'moderator', { active: false, name: 'AAA retired' });
    const list = await listStaff(t.db);
    expect(list.length).toBeGreaterThan(1);
    expect(list.some((m) => 'passwordHash' in m)).toBe(false);
    const firstInactive = list.findIndex((m) => !m.active);
    expect(list.slice(firstInactive).every((m) => !m.active)).toBe(true);
    expect(list.find((m) => m.id === retired.id)).toMatchObject({ active: false });
  });
});

describe('the last active admin', () => {
  // Its own database: the guard counts every active admin, and the other tests create plenty.
  let solo: TestDatabase;
  beforeAll(async () => { solo = await createTestDatabase(); });
  afterAll(async () => { await solo.drop(); useDatabase(t); });

  const activeAdmins = async () =>
    (await solo.db.select({ n: sql<number>`count(*)::int` }).from(staff).where(and(eq(staff.role, 'admin'), eq(staff.active, true))))[0].n;

  it('survives two admins removing each other at the same moment', async () => {
    const a = await insertStaff(solo.db, 'admin');
    const b = await insertStaff(solo.db, 'admin');
    const results = await Promise.all([
      call(deactivateStaff, a.id, { id: b.id }, solo),
      call(deactivateStaff, b.id, { id: a.id }, solo),
    ]);
    expect(results.filter((r) => r.result.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.result.ok)!;
    // The loser either finds itself deactivated already or finds it would remove the last admin.
    expect(['conflict', 'unauthenticated']).toContain(!refused.result.ok && refused.result.error.code);
    expect(refused.audit).toHaveLength(0);
    expect(await activeAdmins()).toBe(1);
  });

  it('survives two admins demoting each other at the same moment', async () => {
    const c = await insertStaff(solo.db, 'admin');
    const d = await insertStaff(solo.db, 'admin');
    // Leave exactly these two active.
    await solo.db.update(staff).set({ active: false }).where(and(eq(staff.role, 'admin'), sql`${staff.id} not in (${c.id}, ${d.id})`));
    const results = await Promise.all([
      call(changeRole, c.id, { id: d.id, role: 'moderator' }, solo),
      call(changeRole, d.id, { id: c.id, role: 'moderator' }, solo),
    ]);
    expect(results.filter((r) => r.result.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.result.ok)!;
    expect(['conflict', 'forbidden']).toContain(!refused.result.ok && refused.result.error.code);
    expect(await activeAdmins()).toBe(1);
  });
});
