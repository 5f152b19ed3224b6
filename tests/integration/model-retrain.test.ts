import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { libraryExamples, modelVersions } from '@/db/schema';
import { seedDemoLibrary } from '@/scripts/seed/demo-library';
import { retrainWhenLibraryChanged } from '@/lib/model/retrain';
import { runTimedJobs } from '@/lib/worker/timed-jobs';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

const versions = async () => t.db.select({ id: modelVersions.id, status: modelVersions.status }).from(modelVersions);

describe('the worker retrains when the library changes', () => {
  it('does nothing on an empty library', async () => {
    expect(await retrainWhenLibraryChanged(t.db)).toBe(0);
    expect(await versions()).toHaveLength(0);
  });

  it('trains one candidate after a change, none while nothing changes, never promotes', async () => {
    await seedDemoLibrary(t.db);
    const report = await runTimedJobs(t.db);
    expect(report.modelRetrained).toBe(1);
    expect(await retrainWhenLibraryChanged(t.db)).toBe(0);
    const [one] = await t.db.select({ id: libraryExamples.id }).from(libraryExamples).limit(1);
    await t.db.update(libraryExamples).set({ status: 'retired', updatedAt: new Date() }).where(eq(libraryExamples.id, one.id));
    expect(await retrainWhenLibraryChanged(t.db)).toBe(1);
    const all = await versions();
    expect(all).toHaveLength(2);
    expect(all.every((v) => v.status === 'candidate')).toBe(true);
  });

  it('lets one of several concurrent workers train', async () => {
    await t.db.execute(sql`update library_examples set updated_at = now() where id = (select id from library_examples where status = 'accepted' limit 1)`);
    const done = await Promise.all([retrainWhenLibraryChanged(t.db), retrainWhenLibraryChanged(t.db), retrainWhenLibraryChanged(t.db)]);
    expect(done.reduce((a, b) => a + b, 0)).toBe(1);
  });
});
