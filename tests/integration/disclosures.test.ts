import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, disclosureVersions, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import {
  approveDisclosure, correctDisclosure, draftDisclosure, editDisclosure, publishDisclosure, sendBackDisclosure, submitDisclosure,
} from '@/lib/disclosures/actions';
import { listPublishedDisclosures, publishedHistory } from '@/lib/disclosures/queries';
import { pendingApprovals } from '@/lib/approvals/sources';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { databaseError } from '../support/errors';
import { insertDisclosure, insertIncident } from '../support/incidents';

let t: TestDatabase;
let mod: Staff;
let sup: Staff;
let sup2: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, sup, sup2] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
async function call<O>(action: { definition: ActionDefinition<any, O> }, who: Staff, input: unknown) {
  return executeAction(action.definition, { db: t.db, staffId: who.id, requestId: `disclosures-${++req}` }, input);
}
const text = { titleEn: 'How we handled the bridge video', bodyEn: 'We removed 3 comments.', titleZh: '大桥视频事件处置情况', bodyZh: '平台删除评论 3 条。' };

async function drafted(author: Staff, body = text) {
  const { incident, party, tag } = await insertIncident(t.db);
  const result = await call(draftDisclosure, author, { incidentId: incident.id, ...body });
  if (!result.ok) throw new Error(result.error.message);
  return { incident, party, tag, id: result.data.id };
}
const versionsOf = (id: string) => t.db.select().from(disclosureVersions).where(eq(disclosureVersions.disclosureId, id)).orderBy(disclosureVersions.version);

describe('disclosure review', () => {
  it('asks before submitting an edit made in one language only, and again before publishing it', async () => {
    const { id } = await drafted(mod);
    expect(await call(editDisclosure, mod, { disclosureId: id, ...text, bodyEn: 'We removed 4 comments.' })).toMatchObject({ ok: true });
    expect(await call(submitDisclosure, mod, { disclosureId: id })).toMatchObject({ ok: false, error: { code: 'conflict', fields: { languages: ['zh_not_updated'] } } });
    expect((await versionsOf(id))[0].status).toBe('draft');
    expect(await call(submitDisclosure, mod, { disclosureId: id, confirmOneLanguage: true })).toMatchObject({ ok: true });
    const submitted = (await t.db.select().from(auditLog).where(eq(auditLog.targetId, id))).find((a) => a.action === 'disclosure.submit');
    expect(submitted?.after).toMatchObject({ confirmedOneLanguage: 'zh_not_updated' });
    expect(await call(approveDisclosure, sup, { disclosureId: id })).toMatchObject({ ok: true });
    expect(await call(publishDisclosure, sup2, { disclosureId: id })).toMatchObject({ ok: false, error: { fields: { languages: ['zh_not_updated'] } } });
    expect(await call(publishDisclosure, sup2, { disclosureId: id, confirmOneLanguage: true })).toMatchObject({ ok: true });
  });

  it('does not ask when both languages were updated, in one save or in two', async () => {
    const { id } = await drafted(mod);
    await call(editDisclosure, mod, { disclosureId: id, ...text, bodyZh: '平台删除评论 4 条。' });
    expect(await call(submitDisclosure, mod, { disclosureId: id })).toMatchObject({ ok: false, error: { fields: { languages: ['en_not_updated'] } } });
    await call(editDisclosure, mod, { disclosureId: id, ...text, bodyZh: '平台删除评论 4 条。', bodyEn: 'We removed 4 comments.' });
    expect(await call(submitDisclosure, mod, { disclosureId: id })).toMatchObject({ ok: true });
    expect(await call(approveDisclosure, sup, { disclosureId: id })).toMatchObject({ ok: true });
    expect(await call(publishDisclosure, sup2, { disclosureId: id })).toMatchObject({ ok: true });
  });

  it('lists disclosures in review and approved ones awaiting publication on /approvals, and drops them once published', async () => {
    const { id } = await drafted(mod);
    const listed = async () => (await pendingApprovals(t.db)).find((p) => p.kind === 'disclosure' && p.id === id);
    expect(await listed()).toBeUndefined();
    await call(submitDisclosure, mod, { disclosureId: id });
    expect(await listed()).toMatchObject({
      href: `/disclosures/${id}`, proposedBy: { id: mod.id },
      title: { key: 'disclosure', values: { stage: 'review', titleEn: text.titleEn, titleZh: text.titleZh, version: '1' } },
    });
    await call(approveDisclosure, sup, { disclosureId: id });
    expect((await listed())?.title.values).toMatchObject({ stage: 'publish' });
    await call(publishDisclosure, sup2, { disclosureId: id });
    expect(await listed()).toBeUndefined();
  });

  it('goes from a moderator\'s draft through a supervisor\'s review to the public page, with measures from the records', async () => {
    const { id } = await drafted(mod);
    expect((await versionsOf(id))[0]).toMatchObject({ status: 'draft', measures: { casesLinked: 0 } });
    expect(await call(submitDisclosure, mod, { disclosureId: id })).toMatchObject({ ok: true });
    expect(await call(approveDisclosure, sup, { disclosureId: id })).toMatchObject({ ok: true });
    expect(await call(publishDisclosure, sup2, { disclosureId: id })).toMatchObject({ ok: true });
    expect((await versionsOf(id))[0]).toMatchObject({ status: 'published', reviewedBy: sup.id, publishedBy: sup2.id });
    expect((await listPublishedDisclosures(t.db)).map((d) => d.id)).toContain(id);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.targetId, id))).map((a) => a.action);
    expect(actions).toEqual(['disclosure.draft', 'disclosure.submit', 'disclosure.approve', 'disclosure.publish']);
  });

  it('refuses the author approving, sending back or publishing their own disclosure', async () => {
    const { id } = await drafted(sup);
    await call(submitDisclosure, sup, { disclosureId: id });
    expect(await call(approveDisclosure, sup, { disclosureId: id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(sendBackDisclosure, sup, { disclosureId: id, comment: 'fine' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(approveDisclosure, sup2, { disclosureId: id })).toMatchObject({ ok: true });
    expect(await call(publishDisclosure, sup, { disclosureId: id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await versionsOf(id))[0].status).toBe('approved');
  });

  it('sends back with comments; the author edits and submits again; nobody else edits', async () => {
    const { id } = await drafted(mod);
    await call(submitDisclosure, mod, { disclosureId: id });
    expect(await call(sendBackDisclosure, sup, { disclosureId: id, comment: 'Say when the comments were removed.' })).toMatchObject({ ok: true });
    expect((await versionsOf(id))[0]).toMatchObject({ status: 'sent_back', reviewComment: 'Say when the comments were removed.' });
    expect(await call(editDisclosure, sup2, { disclosureId: id, ...text })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(editDisclosure, mod, { disclosureId: id, ...text, bodyEn: 'We removed 3 comments on 3 March.', bodyZh: '平台于 3 月 3 日删除评论 3 条。' })).toMatchObject({ ok: true });
    expect(await call(submitDisclosure, mod, { disclosureId: id })).toMatchObject({ ok: true });
    expect((await versionsOf(id))[0]).toMatchObject({ status: 'in_review', bodyEn: 'We removed 3 comments on 3 March.' });
  });

  it('refuses to publish while the text contains a party\'s handle, name, account id or personal data, and names it', async () => {
    const cases = [
      (tag: string) => ({ bodyEn: `The account @handle_${tag} was targeted.`, expect: `handle: @handle_${tag}` }),
      (tag: string) => ({ bodyEn: `Person${tag} was targeted.`, expect: `display_name: Person${tag}` }),
      (tag: string) => ({ bodyEn: `See acct-${tag}.`, expect: `account_id: acct-${tag}` }),
      () => ({ bodyEn: 'Her number 13800131234 was posted.', expect: 'phone: 13800131234' }),
    ];
    for (const make of cases) {
      const { incident, tag } = await insertIncident(t.db);
      const { bodyEn, expect: named } = make(tag);
      const d = await call(draftDisclosure, mod, { incidentId: incident.id, ...text, bodyEn });
      if (!d.ok) throw new Error(d.error.message);
      await call(submitDisclosure, mod, { disclosureId: d.data.id });
      await call(approveDisclosure, sup, { disclosureId: d.data.id });
      const refused = await call(publishDisclosure, sup2, { disclosureId: d.data.id });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', fields: { personalData: [named] } } });
      expect((await versionsOf(d.data.id))[0].status).toBe('approved');
    }
  });
});

describe('published disclosures', () => {
  it('the public page query never returns drafts, versions in review, sent back or approved', async () => {
    const { incident } = await insertIncident(t.db);
    const unpublished = await Promise.all((['draft', 'in_review', 'sent_back', 'approved'] as const).map((s) => insertDisclosure(t.db, incident.id, mod, s)));
    const published = await insertDisclosure(t.db, incident.id, mod, 'published');
    const ids = (await listPublishedDisclosures(t.db, 1000)).map((d) => d.id);
    expect(ids).toContain(published.disclosure.id);
    for (const u of unpublished) {
      expect(ids).not.toContain(u.disclosure.id);
      expect(await publishedHistory(t.db, u.disclosure.id)).toBeNull();
    }
  });

  it('cannot be updated or deleted, even by SQL', async () => {
    const { incident } = await insertIncident(t.db);
    const { version } = await insertDisclosure(t.db, incident.id, mod, 'published');
    expect(await databaseError(t.db.execute(sql`update disclosure_versions set body_en = 'rewritten' where id = ${version.id}`))).toMatch(/immutable/);
    expect(await databaseError(t.db.execute(sql`update disclosure_versions set status = 'draft' where id = ${version.id}`))).toMatch(/immutable/);
    expect(await databaseError(t.db.execute(sql`delete from disclosure_versions where id = ${version.id}`))).toMatch(/immutable/);
    expect((await versionsOf(version.disclosureId))[0].bodyEn).toBe('We removed 3 comments.');
  });

  it('a correction is a new version with a note; the public page shows the newest published version over the old', async () => {
    const { id } = await drafted(mod);
    await call(submitDisclosure, mod, { disclosureId: id });
    await call(approveDisclosure, sup, { disclosureId: id });
    await call(publishDisclosure, sup, { disclosureId: id });
    expect(await call(correctDisclosure, mod, { disclosureId: id, correctionNote: 'Four comments, not three.' })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await call(correctDisclosure, mod, { disclosureId: id, correctionNote: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call(editDisclosure, mod, { disclosureId: id, ...text, bodyEn: 'We removed 4 comments.' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await call(editDisclosure, mod, { disclosureId: id, ...text, bodyEn: 'We removed 4 comments.', bodyZh: '平台删除评论 4 条。', correctionNote: 'Four comments, not three.' });
    expect((await publishedHistory(t.db, id))!.map((v) => v.version)).toEqual([1]);
    await call(submitDisclosure, mod, { disclosureId: id });
    await call(approveDisclosure, sup2, { disclosureId: id });
    await call(publishDisclosure, sup2, { disclosureId: id });
    const history = (await publishedHistory(t.db, id))!;
    expect(history.map((v) => [v.version, v.bodyEn, v.correctionNote])).toEqual([
      [2, 'We removed 4 comments.', 'Four comments, not three.'],
      [1, 'We removed 3 comments.', null],
    ]);
    const listed = (await listPublishedDisclosures(t.db, 1000)).filter((d) => d.id === id);
    expect(listed).toMatchObject([{ version: 2, bodyEn: 'We removed 4 comments.' }]);
  });
});
