import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { auditLog, incidentStatements, messageTemplates, outbox, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { publishStatement } from '@/lib/incidents/statement-actions';
import { setTimeZone } from '@/lib/organisation/actions';
import { forgetOrganisationTimeZone, organisationTimeZone } from '@/lib/organisation/time-zone';
import { applySanction } from '@/lib/sanctions/actions';
import { decideAppeal } from '@/lib/appeals/actions';
import { saveTemplate } from '@/lib/templates/actions';
import { sanctionReference } from '@/lib/sanctions/reference';
import { appeals, accounts } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertIncident } from '../support/incidents';
import { insertCase } from '../support/cases';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let sup2: Staff;
let admin: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  forgetOrganisationTimeZone();
  [mod, sup, sup2, admin] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'admin')];
});
afterAll(async () => { forgetOrganisationTimeZone(); await t.drop(); });

let req = 0;
const call = <O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `org-${++req}` }, input);
async function ok<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown): Promise<O> {
  const result = await call(action, who, input);
  if (!result.ok) throw new Error(`${action.definition.name}: ${result.error.message}`);
  return result.data;
}
const lastMessage = async (topic: string, key: string) =>
  (await t.db.select().from(outbox).where(and(eq(outbox.topic, topic), eq(outbox.key, key))).orderBy(desc(outbox.id)).limit(1))[0]?.payload as Record<string, any>;

describe('the organisation time zone', () => {
  it('defaults to Asia/Shanghai: a statement typed at 14:30 is stored as 06:30Z', async () => {
    expect(await organisationTimeZone(t.db)).toBe('Asia/Shanghai');
    const { incident } = await insertIncident(t.db);
    const { id } = await ok(publishStatement, sup, { incidentId: incident.id, source: 'Police', text: 'Statement', statedAt: '2026-03-01T14:30' });
    const [row] = await t.db.select().from(incidentStatements).where(eq(incidentStatements.id, id));
    expect(row.statedAt.toISOString()).toBe('2026-03-01T06:30:00.000Z');
  });

  it('an admin sets a DST zone (validated, audited); typed times follow it', async () => {
    expect(await call(setTimeZone, admin, { timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { timeZone: ['unknown_time_zone'] } } });
    expect(await call(setTimeZone, sup, { timeZone: 'UTC' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await ok(setTimeZone, admin, { timeZone: 'America/New_York' });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'organisation.setTimeZone'));
    expect(audit).toMatchObject({ before: { timeZone: 'Asia/Shanghai' }, after: { timeZone: 'America/New_York' } });
    const { incident } = await insertIncident(t.db);
    const summer = await ok(publishStatement, sup, { incidentId: incident.id, source: 'Police', text: 'Summer', statedAt: '2026-07-01T14:30' });
    const winter = await ok(publishStatement, sup, { incidentId: incident.id, source: 'Police', text: 'Winter', statedAt: '2026-01-15T14:30' });
    const at = async (id: string) => (await t.db.select().from(incidentStatements).where(eq(incidentStatements.id, id)))[0].statedAt.toISOString();
    expect(await at(summer.id)).toBe('2026-07-01T18:30:00.000Z');
    expect(await at(winter.id)).toBe('2026-01-15T19:30:00.000Z');
    // A caller that sends an instant with its offset gets exactly that instant.
    const exact = await ok(publishStatement, sup, { incidentId: incident.id, source: 'Police', text: 'Exact', statedAt: '2026-03-01T08:00:00Z' });
    expect(await at(exact.id)).toBe('2026-03-01T08:00:00.000Z');
    expect(await call(publishStatement, sup, { incidentId: incident.id, source: 'P', text: 'x', statedAt: 'next tuesday' }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { statedAt: [expect.any(String)] } } });
    await ok(setTimeZone, admin, { timeZone: 'Asia/Shanghai' });
  });
});

describe('message templates', () => {
  it('refuses an unknown placeholder, naming the field and the placeholder; saves versions with an audit row', async () => {
    const bad = await call(saveTemplate, admin, { kind: 'warning', locale: 'en', body: 'Hello {hadnle}' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { body: ['unknown_placeholder:{hadnle}'] } } });
    expect(bad.ok === false && bad.error.message).toContain('body');
    expect(await call(saveTemplate, sup, { kind: 'warning', locale: 'en', body: 'Hello {handle}' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ok(saveTemplate, admin, { kind: 'warning', locale: 'en', body: 'Hello @{handle}: {category} ({caseShortId}) {reference}' })).toMatchObject({ version: 1 });
    expect(await ok(saveTemplate, admin, { kind: 'warning', locale: 'zh', body: '你好 @{handle}：{category}' })).toMatchObject({ version: 1 });
    expect(await ok(saveTemplate, admin, { kind: 'warning', locale: 'en', body: 'Hi @{handle}: {category} ({caseShortId}) {reference}' })).toMatchObject({ version: 2 });
    expect(await t.db.select().from(messageTemplates).where(eq(messageTemplates.kind, 'warning'))).toHaveLength(3);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'templates.save')).orderBy(auditLog.id);
    expect(audits.at(-1)).toMatchObject({ targetId: 'warning:en', before: { version: 1 }, after: { version: 2 } });
  });

  it('puts the rendered text, in both languages, into the warning the platform receives', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult' });
    await t.db.insert(accounts).values({ id: c.subjectAccountId, handle: 'loud_li' }).onConflictDoNothing();
    const { id } = await ok(applySanction, mod, { accountId: c.subjectAccountId, type: 'warning', role: 'participant', reason: 'Insults', categoryId: 'insult', caseIds: [c.id] });
    const payload = await lastMessage('sanction.applied', c.subjectAccountId);
    expect(payload.message.en).toBe(`Hi @loud_li: Insult (${c.id.slice(0, 8)}) ${sanctionReference(id)}`);
    expect(payload.message.zh).toMatch(/^你好 @loud_li：/);
    expect(payload.message.en).not.toContain('{');
  });

  it('renders the "speak reasonably" notice (in force until further notice) and appeal outcomes', async () => {
    const accountId = `tpl-acct-${Date.now()}`;
    const { id } = await ok(applySanction, mod, { accountId, type: 'prepost_warning', role: 'participant', reason: 'Heated' });
    const notice = await lastMessage('sanction.applied', accountId);
    expect(notice.message.en).toContain('until further notice');
    expect(notice.message.zh).toContain('理性发言');
    expect(notice.message.zh).toContain('另行通知');

    await ok(saveTemplate, admin, { kind: 'appeal_overturned', locale: 'en', body: 'Reversed: {reference}.' });
    const [appeal] = await t.db.insert(appeals).values({ sanctionId: id, externalId: `ap-${id}`, statement: 'sorry' }).returning();
    await ok(decideAppeal, sup2, { appealId: appeal.id, outcome: 'overturned', reason: 'The context shows a quote, not an insult.' });
    const outcome = await lastMessage('appeal.decided', accountId);
    expect(outcome).toMatchObject({ appealId: appeal.id, sanctionId: id, outcome: 'overturned', message: { en: `Reversed: ${sanctionReference(id)}.` } });
    expect(outcome.message.zh).toContain('撤销');
  });
});
