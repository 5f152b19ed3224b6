import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, type Staff } from '@/db/schema';
import { executeAction } from '@/lib/actions/define-action';
import { saveWellnessDefaults, setMyMediaPreference } from '@/lib/wellness/actions';
import { memberWellness, wellnessDefaults } from '@/lib/wellness/queries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';

let t: TestDatabase;
let mod: Staff;
let admin: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  mod = await createStaff(t.db, 'moderator');
  admin = await createStaff(t.db, 'admin');
});
afterAll(async () => { await t.drop(); });

let n = 0;
const call = (action: { definition: unknown }, who: Staff, input: unknown) =>
  executeAction(action.definition as never, { db: t.db, staffId: who.id, requestId: `wellness-${++n}` }, input) as Promise<{ ok: boolean; error?: { code: string; fields?: Record<string, string[]> } }>;

describe('reviewer wellness settings', () => {
  it('starts from the migration\'s organisation default: blur all, a break after 50 minutes', async () => {
    expect(await wellnessDefaults(t.db)).toEqual({ mediaPreference: 'blur_all', breakMinutes: 50 });
    expect(await memberWellness(t.db, mod.id)).toMatchObject({ own: null, preference: 'blur_all' });
  });

  it("lets a member choose their own, audited, and go back to the organisation's", async () => {
    expect((await call(setMyMediaPreference, mod, { preference: 'greyscale' })).ok).toBe(true);
    expect(await memberWellness(t.db, mod.id)).toMatchObject({ own: 'greyscale', preference: 'greyscale' });
    const [row] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'wellness.preference'), eq(auditLog.actorId, mod.id)));
    expect(row).toMatchObject({ before: { mediaPreference: null }, after: { mediaPreference: 'greyscale' } });
    expect((await call(setMyMediaPreference, mod, { preference: 'organisation' })).ok).toBe(true);
    expect(await memberWellness(t.db, mod.id)).toMatchObject({ own: null, preference: 'blur_all' });
    expect((await call(setMyMediaPreference, mod, { preference: 'show_everything' })).error).toMatchObject({ code: 'invalid_input', fields: { preference: [expect.any(String)] } });
  });

  it('lets an admin change the organisation default, which members without their own choice follow', async () => {
    const saved = await call(saveWellnessDefaults, admin, { mediaPreference: 'blur_sensitive', breakMinutes: 25 });
    expect(saved.ok).toBe(true);
    expect(await wellnessDefaults(t.db)).toEqual({ mediaPreference: 'blur_sensitive', breakMinutes: 25 });
    expect((await memberWellness(t.db, mod.id)).preference).toBe('blur_sensitive');
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'wellness.defaults'));
    expect(row).toMatchObject({ before: { mediaPreference: 'blur_all', breakMinutes: 50 }, after: { mediaPreference: 'blur_sensitive', breakMinutes: 25 } });
  });

  it('refuses a break period outside 10–480 minutes, naming the field, and a moderator', async () => {
    expect((await call(saveWellnessDefaults, admin, { mediaPreference: 'blur_all', breakMinutes: 5 })).error).toMatchObject({ code: 'invalid_input', fields: { breakMinutes: [expect.any(String)] } });
    expect((await call(saveWellnessDefaults, mod, { mediaPreference: 'blur_all', breakMinutes: 60 })).error).toMatchObject({ code: 'forbidden' });
  });
});
