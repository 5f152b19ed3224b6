import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, agencyActions, appeals, libraryExamples, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { proposeAgencyAction } from '@/lib/agencies/actions';
import { receiveAppeal } from '@/lib/appeals/api';
import { proposeExample } from '@/lib/library/actions';
import { checkRegistration } from '@/lib/registration/api';
import { applySanction } from '@/lib/sanctions/actions';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';
import { insertDecidedCase } from '../support/library';
import { newIdentity } from '../support/referrals';

/**
 * Rules that hold only if parallel requests cannot slip between a check and an insert: each test
 * fires many requests at once (a pool of 12 connections on Postgres) and counts what got through.
 */
const PARALLEL = 12;
let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let key: string;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: PARALLEL });
  [mod, sup] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor')];
  key = (await createTestApiKey(t.db)).key;
});
afterAll(async () => { await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `races-${++req}` }, input);
async function post(handler: typeof receiveAppeal, body: unknown) {
  const res = await handler(new Request('http://test/api/v1/x', {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  }), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
const times = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)));

describe('parallel requests cannot break a rule', () => {
  it('one open appeal per sanction: parallel appeals with different external ids file one; the rest are 409 naming it', async () => {
    const applied = await call(applySanction, mod, { accountId: `race-acct-${Date.now()}`, type: 'warning', role: 'participant', reason: 'Rude reply' });
    if (!applied.ok) throw new Error(applied.error.message);
    const sanctionId = applied.data.id;
    const answers = await times(PARALLEL, (i) => post(receiveAppeal, { externalId: `race-${sanctionId}-${i}`, sanctionId, statement: `appeal ${i}` }));
    const filed = answers.filter((a) => a.status === 201);
    expect(filed).toHaveLength(1);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(PARALLEL - 1);
    for (const r of refused) expect(r.body.error.message).toContain(filed[0].body.id);
    expect(await t.db.select().from(appeals).where(and(eq(appeals.sanctionId, sanctionId), eq(appeals.status, 'open')))).toHaveLength(1);
  });

  it('the registration-check rate limit holds under parallel requests', async () => {
    const limit = 20;
    process.env.REGISTRATION_CHECKS_PER_MINUTE = String(limit);
    try {
      const answers = await times(limit * 2, () => post(checkRegistration, { identity: newIdentity() }));
      expect(answers.filter((a) => a.status === 200)).toHaveLength(limit);
      expect(answers.filter((a) => a.status === 429)).toHaveLength(limit);
    } finally {
      delete process.env.REGISTRATION_CHECKS_PER_MINUTE;
    }
  });

  it('one waiting proposal of a kind per agency', async () => {
    const [agency] = await t.db.insert(agencies).values({ externalId: `race-mcn-${Date.now()}`, name: 'Race agency' }).returning();
    const answers = await times(PARALLEL, () => call(proposeAgencyAction, mod, { agencyId: agency.id, type: 'warning', reason: 'Coordinated hype' }));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok && a.error.code === 'conflict')).toHaveLength(PARALLEL - 1);
    expect(await t.db.select().from(agencyActions).where(and(eq(agencyActions.agencyId, agency.id), eq(agencyActions.status, 'proposed')))).toHaveLength(1);
  });

  it('one library example per decided case', async () => {
    const decided = await insertDecidedCase(t.db, sup.id);
    const answers = await times(PARALLEL, () => call(proposeExample, mod, { caseId: decided.id, redact: [], rationale: 'clear insult', tags: [] }));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok && a.error.code === 'conflict')).toHaveLength(PARALLEL - 1);
    expect(await t.db.select().from(libraryExamples).where(eq(libraryExamples.sourceCaseId, decided.id))).toHaveLength(1);
  });
});
