import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, type Staff } from '@/db/schema';
import { executeAction } from '@/lib/actions/define-action';
import { AUDITED_REFUSALS_PER_MINUTE } from '@/lib/actions/refusals';
import { hashPassword } from '@/lib/auth/password';
import { createStaff as createStaffMember } from '@/lib/staff/actions';
import { ACCOUNT_FAILURES, checkStaffSignIn, CLIENT_FAILURES } from '@/lib/staff/sign-in';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';

let t: TestDatabase;
const PASSWORD = 'correct horse battery';
let hash: string;
beforeAll(async () => {
  t = await createTestDatabase();
  hash = await hashPassword(PASSWORD);
});
afterAll(async () => { await t.drop(); });

// Per-minute limits: a loop that crosses a minute boundary may use two windows.
const minute = () => Math.floor(Date.now() / 60_000);
let clients = 0;
const newClient = () => `198.51.100.${++clients}`;
const member = () => createStaff(t.db, 'moderator', { passwordHash: hash });
const failedRows = (ids: string[]) => t.db.select().from(auditLog).where(and(eq(auditLog.action, 'staff.sign_in_failed'), inArray(auditLog.targetId, ids)));

describe('password guessing', () => {
  it(`locks an account after ${ACCOUNT_FAILURES} failures, from any address, even for the right password`, async () => {
    const m = await member();
    for (let i = 0; i < ACCOUNT_FAILURES; i++) expect(await checkStaffSignIn(m.email, `guess ${i}`, newClient())).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkStaffSignIn(m.email, PASSWORD, newClient())).toEqual({ ok: false, reason: 'throttled' });
    // The window passes: the right password works again, and a success clears the account's count.
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await checkStaffSignIn(m.email, PASSWORD, newClient(), later)).toMatchObject({ ok: true });
  });

  it(`locks a client address after ${CLIENT_FAILURES} failures, whatever emails it tries`, async () => {
    const client = newClient();
    for (let i = 0; i < CLIENT_FAILURES; i++) await checkStaffSignIn(`nobody${i}-${Date.now()}@example.org`, 'x', client);
    const m = await member();
    expect(await checkStaffSignIn(m.email, PASSWORD, client)).toEqual({ ok: false, reason: 'throttled' });
    expect(await checkStaffSignIn(m.email, PASSWORD, newClient())).toMatchObject({ ok: true });
  });

  it('parallel guesses at one account cannot pass its limit', async () => {
    const m = await member();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => checkStaffSignIn(m.email, `guess ${i}`, newClient())));
    expect(answers.filter((a) => !a.ok && a.reason === 'invalid')).toHaveLength(ACCOUNT_FAILURES);
  });

  it('aggregates failures in the audit log instead of one row per attempt, and caps the email', async () => {
    const m = await member();
    const client = newClient();
    for (let i = 0; i < ACCOUNT_FAILURES + 5; i++) await checkStaffSignIn(m.email, 'wrong', client);
    const rows = await failedRows([m.id]);
    // The first failure and the lock: not one row per attempt.
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(rows.map((r) => r.after)).toContainEqual(expect.objectContaining({ locked: true, failuresForAccount: ACCOUNT_FAILURES }));

    const before = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'staff.sign_in_failed'))).length;
    const long = `${'a'.repeat(100_000)}@example.org`;
    const started = minute();
    for (let i = 0; i < 66; i++) await checkStaffSignIn(`${i}${long}`, 'x', `203.0.113.${i}`);
    const windows = minute() - started + 1;
    const after = await t.db.select().from(auditLog).where(eq(auditLog.action, 'staff.sign_in_failed'));
    expect(after.length - before).toBeLessThanOrEqual(60 * windows);
    expect(Math.max(...after.map((r) => String((r.after as { email?: string }).email ?? '').length))).toBeLessThanOrEqual(254);
  }, 180_000);
});

describe('refused attempts', () => {
  it('a role calling an action the table denies leaves an audit row written after the rollback, rate-limited', async () => {
    const mod: Staff = await createStaff(t.db, 'moderator');
    const call = () => executeAction(createStaffMember.definition, { db: t.db, staffId: mod.id, requestId: 'refusal' }, { email: `x${Date.now()}@test.bulwark`, name: 'X', role: 'admin', password: 'a long enough password 123' });
    const first = await call();
    expect(first).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const rows = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'action.refused'), eq(auditLog.actorId, mod.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0].after).toMatchObject({ action: 'staff.create', role: 'moderator' });

    const started = minute();
    for (let i = 0; i < AUDITED_REFUSALS_PER_MINUTE + 10; i++) await call();
    const windows = minute() - started + 1;
    const all = await t.db.select().from(auditLog).where(eq(auditLog.actorId, mod.id));
    expect(all.filter((r) => r.action === 'action.refused').length).toBeLessThanOrEqual(AUDITED_REFUSALS_PER_MINUTE * windows);
    expect(all.filter((r) => r.action === 'action.refused_suppressed').length).toBeLessThanOrEqual(windows);
  });
});
