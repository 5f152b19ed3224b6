import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCaseId, shortCaseId } from '@/lib/reports/short-id';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { insertCase } from '../support/cases';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

describe('a case by its short id', () => {
  it('finds the one case a short id names, and none for an unknown or malformed one', async () => {
    const c = await insertCase(t.db, {});
    expect(await resolveCaseId(t.db, shortCaseId(c.id))).toEqual({ id: c.id });
    expect(await resolveCaseId(t.db, c.id.toUpperCase())).toEqual({ id: c.id });
    const unknown = shortCaseId(c.id) === 'ffffffff' ? '00000000' : 'ffffffff';
    expect(await resolveCaseId(t.db, unknown)).toBeNull();
    expect(await resolveCaseId(t.db, 'not-an-id')).toBeNull();
  });
});
