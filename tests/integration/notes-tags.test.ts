import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { accountTags, auditLog, caseNotes, outbox, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { addAccountNote, addCaseNote } from '@/lib/notes/actions';
import { accountNotesOf, caseNotesOf } from '@/lib/notes/notes';
import { addAccountTag, removeAccountTag } from '@/lib/accounts/tag-actions';
import { listAccounts, loadAccountView, tagsInUse } from '@/lib/accounts/queries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase } from '../support/cases';
import { databaseError } from '../support/errors';

let t: TestDatabase;
let mod: Staff;
let admin: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, admin] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'admin')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `notes-${++req}` }, input);
const audited = (targetId: string, action: string) => t.db.select().from(auditLog).where(and(eq(auditLog.targetId, targetId), eq(auditLog.action, action)));

describe('internal notes', () => {
  it('on a case: kept with author and time, in order, audited, never sent to the platform', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult' });
    const outboxBefore = (await t.db.select({ n: sql<number>`count(*)::int` }).from(outbox))[0].n;
    expect(await call(addCaseNote, mod, { caseId: c.id, body: '  same wording as case 58f1b473 <b>x</b>  ' })).toMatchObject({ ok: true });
    expect(await call(addCaseNote, mod, { caseId: c.id, body: 'second' })).toMatchObject({ ok: true });
    const notes = await caseNotesOf(t.db, c.id);
    expect(notes.map((n) => n.body)).toEqual(['same wording as case 58f1b473 <b>x</b>', 'second']);
    expect(notes[0]).toMatchObject({ authorName: mod.name, createdAt: expect.any(Date) });
    expect(await audited(c.id, 'note.addToCase')).toHaveLength(2);
    expect((await t.db.select({ n: sql<number>`count(*)::int` }).from(outbox))[0].n).toBe(outboxBefore);
  });

  it('are append-only, and an empty note is refused by its field', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult' });
    await call(addCaseNote, mod, { caseId: c.id, body: 'kept' });
    expect(await databaseError(t.db.update(caseNotes).set({ body: 'changed' }).where(eq(caseNotes.caseId, c.id)))).toMatch(/append-only/);
    expect(await databaseError(t.db.delete(caseNotes).where(eq(caseNotes.caseId, c.id)))).toMatch(/append-only/);
    await call(addAccountNote, mod, { accountId: `kept-${c.id}`, body: 'kept' });
    expect(await databaseError(t.db.execute(sql`delete from account_notes`))).toMatch(/append-only/);
    expect(await call(addCaseNote, mod, { caseId: c.id, body: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { body: expect.any(Array) } } });
    expect(await call(addCaseNote, mod, { caseId: '00000000-0000-4000-8000-000000000000', body: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('on an account only seen in reports: its row is created and the note shows', async () => {
    const id = `noted-${Date.now()}`;
    expect(await call(addAccountNote, mod, { accountId: id, body: 'runs three alt accounts' })).toMatchObject({ ok: true });
    expect((await accountNotesOf(t.db, id)).map((n) => n.body)).toEqual(['runs three alt accounts']);
    expect(await audited(id, 'note.addToAccount')).toHaveLength(1);
    expect(await call(addAccountNote, admin, { accountId: id, body: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('account tags', () => {
  it('are normalised, added once, shown on the account, filter the list, and come off again; each change audited', async () => {
    const a = `tagged-${Date.now()}`;
    const b = `untagged-${Date.now()}`;
    await insertCase(t.db, { categoryId: 'insult', subjectAccountId: b });
    expect(await call(addAccountTag, mod, { accountId: a, tag: ' Spam  Ring ' })).toMatchObject({ ok: true, data: { tag: 'spam-ring', added: true } });
    expect(await call(addAccountTag, mod, { accountId: a, tag: 'SPAM_RING' })).toMatchObject({ ok: true, data: { added: false } });
    expect(await call(addAccountTag, mod, { accountId: a, tag: '刷量' })).toMatchObject({ ok: true });
    expect(await call(addAccountTag, mod, { accountId: a, tag: '!!' })).toMatchObject({ ok: false, error: { fields: { tag: expect.any(Array) } } });
    expect((await loadAccountView(t.db, a))!.tags).toEqual(['spam-ring', '刷量']);
    expect(await tagsInUse(t.db)).toEqual(expect.arrayContaining(['spam-ring', '刷量']));

    const listed = (await listAccounts(t.db, { tag: 'spam-ring' })).map((r) => r.id);
    expect(listed).toContain(a);
    expect(listed).not.toContain(b);

    expect(await call(removeAccountTag, mod, { accountId: a, tag: 'Spam Ring' })).toMatchObject({ ok: true, data: { removed: true } });
    expect(await t.db.select().from(accountTags).where(eq(accountTags.accountId, a))).toEqual([expect.objectContaining({ tag: '刷量', addedBy: mod.id })]);
    expect((await listAccounts(t.db, { tag: 'spam-ring' })).map((r) => r.id)).not.toContain(a);
    expect(await audited(a, 'account.addTag')).toHaveLength(3);
    expect((await audited(a, 'account.removeTag'))[0].before).toMatchObject({ tag: 'spam-ring' });
  });
});
