import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, categories, type Staff } from '@/db/schema';
import { executeAction } from '@/lib/actions/define-action';
import { updateCategorySettings } from '@/lib/categories/actions';
import { categoryName, listCategories } from '@/lib/categories/queries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';

let t: TestDatabase;
let admin: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createStaff(t.db, 'admin');
});
afterAll(async () => { await t.drop(); });

async function update(input: unknown) {
  const requestId = randomUUID();
  const result = await executeAction(updateCategorySettings.definition, { db: t.db, staffId: admin.id, requestId }, input);
  const audit = await t.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
  return { result, audit };
}

describe('category settings', () => {
  it('lists the categories in order and names them by locale', async () => {
    const list = await listCategories(t.db);
    expect(list.map((c) => c.id).slice(0, 3)).toEqual(['insult', 'derision', 'rumour']);
    expect(categoryName(list[0], 'en')).toBe('Insult');
    expect(categoryName(list[0], 'zh')).toBe('侮辱谩骂');
  });

  it('updates severity, due time and active, auditing before and after', async () => {
    const { result, audit } = await update({ id: 'rumour', severity: 4, dueMinutes: 90, active: false });
    expect(result).toMatchObject({ ok: true, data: { id: 'rumour', severity: 4, dueMinutes: 90, active: false } });
    const [row] = await t.db.select().from(categories).where(eq(categories.id, 'rumour'));
    expect(row).toMatchObject({ severity: 4, dueMinutes: 90, active: false });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'category.updateSettings', targetType: 'category', targetId: 'rumour',
      before: { severity: 3, dueMinutes: 720, active: true }, after: { severity: 4, dueMinutes: 90, active: false },
    });
  });

  it('accepts the bounds (5 minutes, one week) and refuses beyond them, writing nothing', async () => {
    expect((await update({ id: 'insult', severity: 1, dueMinutes: 5, active: true })).result.ok).toBe(true);
    expect((await update({ id: 'insult', severity: 4, dueMinutes: 10080, active: true })).result.ok).toBe(true);
    const bad = await update({ id: 'insult', severity: 5, dueMinutes: 4, active: true });
    expect(bad.result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { severity: ['severity_invalid'], dueMinutes: ['due_minutes_invalid'] } } });
    expect(bad.audit).toHaveLength(0);
    expect((await update({ id: 'insult', severity: 2, dueMinutes: 10081, active: true })).result.ok).toBe(false);
    expect((await update({ id: 'insult', severity: 2.5, dueMinutes: 60, active: true })).result.ok).toBe(false);
    const [row] = await t.db.select().from(categories).where(eq(categories.id, 'insult'));
    expect(row).toMatchObject({ severity: 4, dueMinutes: 10080 });
  });

  it('answers not_found for an unknown category', async () => {
    const { result, audit } = await update({ id: 'no_such', severity: 2, dueMinutes: 60, active: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(audit).toHaveLength(0);
  });
});
