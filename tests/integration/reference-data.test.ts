import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { sanctionLadderSteps } from '@/db/schema';
import { queryRows } from '@/db/query';
import { seedReferenceData } from '@/scripts/seed/base';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase({ seed: false }); });
afterAll(async () => { await t.drop(); });

const count = async (table: string) => (await queryRows<{ n: number }>(t.db, sql.raw(`select count(*)::int as n from ${table}`)))[0].n;

describe('reference data for a new installation', () => {
  it('seeds categories, the first standards and the ladder once, and never puts back what an admin removed', async () => {
    expect(await count('categories')).toBe(0);
    expect(await t.db.transaction((tx) => seedReferenceData(tx))).toBe(true);
    expect(await count('categories')).toBeGreaterThan(0);
    expect(await count('standards_versions')).toBe(1);
    const steps = await count('sanction_ladder_steps');
    expect(steps).toBeGreaterThan(0);

    await t.db.delete(sanctionLadderSteps).where(eq(sanctionLadderSteps.type, 'registration_ban'));
    expect(await t.db.transaction((tx) => seedReferenceData(tx))).toBe(false);
    expect(await count('sanction_ladder_steps')).toBeLessThan(steps);
  });
});
