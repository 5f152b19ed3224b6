import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, evidenceSnapshots, outbox, referrals, sanctions, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { writeAudit } from '@/lib/audit/write';
import { verifyBundle, type Manifest } from '@/lib/referrals/bundle';
import { checkReferralBundle, markReferralAcknowledged, markReferralSent } from '@/lib/referrals/actions';
import { downloadBundle } from '@/lib/referrals/download';
import { getReferral, listReferrals } from '@/lib/referrals/queries';
import { readTar } from '@/lib/referrals/tar';
import { approveSanction } from '@/lib/sanctions/actions';
import { runReverseEffects } from '@/lib/sanctions/effects';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertDecidedCase } from '../support/library';
import { insertAccount, insertPreparedReferral, insertSanction } from '../support/referrals';

let t: TestDatabase;
let proposer: Staff;
let approver: Staff;
let moderator: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [proposer, approver, moderator] = [await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'supervisor'), await createStaff(t.db, 'moderator')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = <O>(def: ActionDefinition<any, O>, who: Staff, input: unknown) => executeAction(def, { db: t.db, staffId: who.id, requestId: `referrals-${++req}` }, input);
const stored = async (id: string) => (await t.db.select().from(referrals).where(eq(referrals.id, id)))[0];

describe('referral to the authorities', () => {
  it('is prepared when the referral is approved: the bundle holds the cases, evidence, history and trail', async () => {
    const account = await insertAccount(t.db);
    const cases = [
      await insertDecidedCase(t.db, approver.id, 'remove', { subjectAccountId: account.id, text: 'you will regret this' }),
      await insertDecidedCase(t.db, approver.id, 'remove', { subjectAccountId: account.id, text: 'I know where you live' }),
    ];
    await writeAudit(t.db, { type: 'staff', id: approver.id, label: approver.email }, 'r-case', [{ action: 'case.decide', targetType: 'case', targetId: cases[0].id, after: { action: 'remove' } }]);
    const sanction = await insertSanction(t.db, { accountId: account.id, type: 'referral', proposedBy: proposer.id, caseIds: cases.map((c) => c.id) });
    const result = await call(approveSanction.definition, approver, { sanctionId: sanction.id, reason: 'credible threats' });
    expect(result).toMatchObject({ ok: true });

    const [row] = await t.db.select().from(referrals).where(eq(referrals.sanctionId, sanction.id));
    expect(row).toMatchObject({ status: 'prepared', preparedBy: approver.id });
    expect(Buffer.isBuffer(row.bundle)).toBe(true);
    const check = verifyBundle(row.bundle!, row.bundleSha256);
    expect(check).toMatchObject({ ok: true, sha256Matches: true, referralId: row.id });

    const names = readTar(row.bundle!).files.map((f) => f.name);
    for (const c of cases) expect(names).toEqual(expect.arrayContaining([`cases/${c.id}/case.json`, `cases/${c.id}/reports.json`, `cases/${c.id}/decisions.json`, `cases/${c.id}/evidence.json`]));
    expect(names).toEqual(expect.arrayContaining(['referral.json', 'account/profile.json', 'account/names.json', 'account/sanctions.json', 'decision-trail.json', 'manifest.json']));

    // Each snapshot's file hashes to the SHA-256 recorded when the evidence was captured.
    const manifest = row.manifest as Manifest;
    const [snapshot] = await t.db.select().from(evidenceSnapshots).where(eq(evidenceSnapshots.id, cases[0].firstEvidenceId!));
    expect(manifest.files.find((f) => f.name === `cases/${cases[0].id}/evidence/${snapshot.id}.json`)?.sha256).toBe(snapshot.sha256);

    const trail = JSON.parse(readTar(row.bundle!).files.find((f) => f.name === 'decision-trail.json')!.content.toString()) as { action: string }[];
    expect(trail.map((e) => e.action)).toContain('case.decide');
    const profile = readTar(row.bundle!).files.find((f) => f.name === 'account/profile.json')!.content.toString();
    expect(profile).not.toContain('identityHash');

    const [prepared] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'referral.prepare'), eq(auditLog.targetId, row.id)));
    expect(prepared.after).toMatchObject({ bundleSha256: row.bundleSha256 });
    expect((await t.db.select().from(outbox).where(eq(outbox.topic, 'referral.status'))).some((m) => (m.payload as { referralId: string }).referralId === row.id)).toBe(true);
  });

  it('fails verification when one byte of the stored bundle changes', async () => {
    const r = await insertPreparedReferral(t.db, proposer.id, approver.id);
    const bytes = Buffer.from((await stored(r.referralId)).bundle!);
    expect(verifyBundle(bytes, r.sha256).ok).toBe(true);
    const evidenceFile = readTar(bytes).files.findIndex((f) => f.name.includes('/evidence/'));
    let offset = 0;
    for (const f of readTar(bytes).files.slice(0, evidenceFile)) offset += 512 + Math.ceil(f.content.length / 512) * 512;
    bytes[offset + 512 + 5] ^= 0x20;
    const check = verifyBundle(bytes, r.sha256);
    expect(check.ok).toBe(false);
    expect(check.files.filter((f) => f.status === 'changed').map((f) => f.name)).toEqual([readTar(bytes).files[evidenceFile].name]);

    const uploaded = await call(checkReferralBundle.definition, approver, { fileName: 'back.tar', base64: bytes.toString('base64') });
    expect(uploaded).toMatchObject({ ok: true, data: { ok: false, recorded: true, sha256Matches: false } });
    const original = await call(checkReferralBundle.definition, approver, { fileName: 'orig.tar', base64: (await stored(r.referralId)).bundle!.toString('base64') });
    expect(original).toMatchObject({ ok: true, data: { ok: true, recorded: true, sha256Matches: true } });
  });

  it('moves prepared → sent → acknowledged, and refuses acknowledging before it was sent', async () => {
    const r = await insertPreparedReferral(t.db, proposer.id, approver.id);
    const early = await call(markReferralAcknowledged.definition, approver, { referralId: r.referralId });
    expect(early).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/after it has been sent/) } });

    const sent = await call(markReferralSent.definition, approver, { referralId: r.referralId, authority: '市公安局网安支队', reference: 'WA-2026-0042', sentOn: '2026-11-20' });
    expect(sent).toMatchObject({ ok: true, data: { status: 'sent' } });
    expect(await stored(r.referralId)).toMatchObject({ status: 'sent', authority: '市公安局网安支队', reference: 'WA-2026-0042', sentAt: new Date('2026-11-20T00:00:00Z') });
    expect(await call(markReferralSent.definition, approver, { referralId: r.referralId, authority: 'again', sentOn: '2026-11-21' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await call(markReferralAcknowledged.definition, approver, { referralId: r.referralId, reference: 'CASE-77' })).toMatchObject({ ok: true });
    expect(await stored(r.referralId)).toMatchObject({ status: 'acknowledged', reference: 'CASE-77' });

    const detail = await getReferral(t.db, r.referralId);
    expect(detail?.history.map((h) => h.action)).toEqual(['referral.prepare', 'referral.send', 'referral.acknowledge']);
    const statuses = (await t.db.select().from(outbox).where(and(eq(outbox.topic, 'referral.status'), eq(outbox.key, r.account.id)))).map((m) => (m.payload as { status: string }).status);
    expect(statuses).toEqual(['prepared', 'sent', 'acknowledged']);
    expect((await listReferrals(t.db)).some((l) => l.id === r.referralId && l.status === 'acknowledged')).toBe(true);
  });

  it('refuses a future sent date and a referral overturned on appeal', async () => {
    const r = await insertPreparedReferral(t.db, proposer.id, approver.id);
    expect(await call(markReferralSent.definition, approver, { referralId: r.referralId, authority: 'Police', sentOn: '2999-01-01' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const [reversed] = await t.db.update(sanctions).set({ status: 'reversed' }).where(eq(sanctions.id, r.sanction.id)).returning();
    await t.db.transaction((tx) => runReverseEffects(tx, reversed, approver.id));
    // The bundle stays (it is the record); the platform hears the referral no longer stands.
    expect(verifyBundle((await stored(r.referralId)).bundle!, r.sha256).ok).toBe(true);
    const last = (await t.db.select().from(outbox).where(and(eq(outbox.topic, 'referral.status'), eq(outbox.key, r.account.id)))).at(-1);
    expect(last?.payload).toMatchObject({ referralId: r.referralId, sanctionReversed: true });
    expect((await getReferral(t.db, r.referralId))?.sanctionStatus).toBe('reversed');
    expect(await call(markReferralSent.definition, approver, { referralId: r.referralId, authority: 'Police', sentOn: '2026-11-20' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/overturned/) } });
  });

  it('downloads exactly the prepared bytes, for supervisors only, and records each download', async () => {
    const r = await insertPreparedReferral(t.db, proposer.id, approver.id);
    const got = await call(downloadBundle, approver, { referralId: r.referralId });
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.data.bytes.equals((await stored(r.referralId)).bundle!)).toBe(true);
    expect(got.data.sha256).toBe(r.sha256);
    expect(await call(downloadBundle, moderator, { referralId: r.referralId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await executeAction(downloadBundle, { db: t.db, staffId: null, requestId: 'anon' }, { referralId: r.referralId })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const downloads = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'referral.download'), eq(auditLog.targetId, r.referralId)));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].actorId).toBe(approver.id);
  });
});

describe('demo referrals seed', () => {
  it('seeds one prepared referral with a verifying bundle and one ban refusing the demo identity, once', async () => {
    const { seedDemoStaff } = await import('@/scripts/seed/base');
    const { seedDemoReferrals, DEMO_BANNED_IDENTITY, DEMO_REFERRED_IDENTITY } = await import('@/scripts/seed/demo-referrals');
    const { checkIdentityHash } = await import('@/lib/registration/bans');
    const { identityHash } = await import('@/lib/registration/identity-hash');
    await t.db.transaction((tx) => seedDemoStaff(tx));
    await insertDecidedCase(t.db, approver.id, 'remove', { subjectAccountId: 'poster_0', text: '她家就在这个小区，大家去堵她' });
    expect(await seedDemoReferrals(t.db, new Date())).toEqual({ referrals: 1, bans: 1 });
    expect(await seedDemoReferrals(t.db, new Date())).toEqual({ referrals: 0, bans: 0 });

    const [seeded] = (await listReferrals(t.db)).filter((r) => r.accountId === 'poster_0');
    expect(seeded.status).toBe('prepared');
    const row = await stored(seeded.id);
    expect(verifyBundle(row.bundle!, row.bundleSha256).ok).toBe(true);
    expect((row.manifest as Manifest).files.some((f) => f.name.includes('/evidence/'))).toBe(true);
    expect(await checkIdentityHash(t.db, identityHash(DEMO_BANNED_IDENTITY), new Date())).toMatchObject({ allowed: false });
    expect(await checkIdentityHash(t.db, identityHash(DEMO_REFERRED_IDENTITY), new Date())).toEqual({ allowed: true });
  });
});
