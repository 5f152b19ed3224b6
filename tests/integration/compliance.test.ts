import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, cases, complianceReportFiles, complianceReports, decisions, type Case, type DecisionAction, type Staff } from '@/db/schema';
import { executeAction } from '@/lib/actions/define-action';
import { loadDashboard } from '@/lib/dashboard/queries';
import { downloadReportFile } from '@/lib/compliance/download';
import type { ComplianceFigures } from '@/lib/compliance/figures';
import { sha256 } from '@/lib/compliance/files';
import { generateDefinition, type GeneratedReport } from '@/lib/compliance/generate';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase, type CaseSpec } from '../support/cases';
import { insertAccount } from '../support/referrals';
import { databaseError } from '../support/errors';
import { extractPdfText, renderFirstPage } from '../support/pdf';

/**
 * A hand-built week whose every figure is worked out below. The week asked for is Monday 9 to Sunday
 * 15 March 2026 in Asia/Shanghai (UTC+8): 03-08 16:00Z to 03-15 16:00Z. Generated at 03-16 04:00Z.
 */
const tz = 'Asia/Shanghai';
const now = new Date('2026-03-16T04:00:00Z');
const week = { from: new Date('2026-03-08T16:00:00Z'), to: new Date('2026-03-15T16:00:00Z') };
const at = (iso: string) => new Date(`${iso}Z`);

let t: TestDatabase;
let mo: Staff;
let sue: Staff;
let ann: Staff;
let incidentTitle: string;

async function caseWith(spec: CaseSpec, steps: { by: Staff; action: DecisionAction; at: string }[] = []): Promise<Case> {
  const row = await insertCase(t.db, spec);
  for (const step of steps) await t.db.insert(decisions).values({ caseId: row.id, decidedBy: step.by.id, action: step.action, decidedAt: at(step.at) });
  if (steps.length > 0) {
    const final = steps.at(-1)!;
    await t.db.update(cases).set({
      status: final.action === 'escalate' ? 'escalated' : 'decided', decision: final.action === 'escalate' ? null : final.action,
      decidedBy: final.by.id, decidedAt: at(final.at), firstActionAt: at(steps[0].at),
    }).where(eq(cases.id, row.id));
  }
  return row;
}

async function measuresFixture() {
  const a1 = (await insertAccount(t.db)).id;
  const a2 = (await insertAccount(t.db)).id;
  const sanction = async (v: { account: string; type: string; status: string; proposedAt: string; decidedBy?: Staff; decidedAt?: string; startsAt?: string; reversedAt?: string }) => {
    const [row] = await t.db.execute<{ id: string }>(sql`
      insert into sanctions (account_id, type, status, role, reason, proposed_by, proposed_at, decided_by, decided_at, starts_at, reversed_by, reversed_at)
      values (${v.account}, ${v.type}::sanction_type, ${v.status}::sanction_status, 'originator', 'fixture', ${mo.id}, ${at(v.proposedAt).toISOString()}::timestamptz,
        ${v.decidedBy?.id ?? null}, ${v.decidedAt ? at(v.decidedAt).toISOString() : null}::timestamptz, ${v.startsAt ? at(v.startsAt).toISOString() : null}::timestamptz,
        ${v.reversedAt ? sue.id : null}, ${v.reversedAt ? at(v.reversedAt).toISOString() : null}::timestamptz)
      returning id`).then((r) => (r as unknown as { rows: { id: string }[] }).rows);
    return row.id;
  };
  // S1 mute applied at once (no approval); S2 closure approved four-eyes; S3 registration ban rejected;
  // S4 warning applied before the week and reversed on appeal in it.
  const s1 = await sanction({ account: a1, type: 'mute', status: 'active', proposedAt: '2026-03-10T03:00:00', startsAt: '2026-03-10T03:00:00' });
  await sanction({ account: a1, type: 'closure', status: 'active', proposedAt: '2026-03-11T03:00:00', decidedBy: sue, decidedAt: '2026-03-11T04:00:00', startsAt: '2026-03-11T04:00:00' });
  await sanction({ account: a2, type: 'registration_ban', status: 'rejected', proposedAt: '2026-03-12T03:00:00', decidedBy: sue, decidedAt: '2026-03-12T04:00:00' });
  const s4 = await sanction({ account: a2, type: 'warning', status: 'reversed', proposedAt: '2026-03-05T03:00:00', startsAt: '2026-03-05T03:00:00', reversedAt: '2026-03-13T03:00:00' });
  await t.db.execute(sql`
    insert into appeals (external_id, sanction_id, status, filed_at, decided_by, decided_at) values
      ('ap-1', ${s4}, 'overturned', '2026-03-12T03:00:00Z', ${sue.id}, '2026-03-13T03:00:00Z'),
      ('ap-2', ${s1}, 'open', '2026-03-14T03:00:00Z', null, null)`);
  // Sections: X dispersed 03-11; Y closed 03-12 on an approved proposal; Z a live room stopped 03-14.
  await t.db.execute(sql`
    insert into sections (id, external_id, kind, name, status, closed_at, closed_by) values
      ('00000000-0000-4000-8000-00000000000a', 'sx', 'topic', '#X', 'dispersed', null, null),
      ('00000000-0000-4000-8000-00000000000b', 'sy', 'group', 'Y group', 'closed', '2026-03-12T05:00:00Z', ${sue.id}),
      ('00000000-0000-4000-8000-00000000000c', 'sz', 'live_room', 'Z room', 'open', null, null)`);
  await t.db.execute(sql`
    insert into section_dispersals (section_id, previous_status, dispersed_by, dispersed_at)
    values ('00000000-0000-4000-8000-00000000000a', 'open', ${mo.id}, '2026-03-11T05:00:00Z')`);
  await t.db.execute(sql`
    insert into section_closures (section_id, reason, status, proposed_by, proposed_at, decided_by, decided_at)
    values ('00000000-0000-4000-8000-00000000000b', 'bot masks', 'approved', ${mo.id}, '2026-03-12T04:00:00Z', ${sue.id}, '2026-03-12T05:00:00Z')`);
  await t.db.execute(sql`
    insert into live_rooms (section_id, host_account_id, status, stopped_by, stopped_at, stop_reason)
    values ('00000000-0000-4000-8000-00000000000c', ${a1}, 'stopped', ${mo.id}, '2026-03-14T05:00:00Z', 'pile-on')`);
  // Comments: 5 folded in the week; 2 removed after it.
  await t.db.execute(sql`
    insert into posts (id, external_id, author_account_id, posted_at) values ('00000000-0000-4000-8000-0000000000f1', 'p1', ${a1}, '2026-03-09T00:00:00Z')`);
  await t.db.execute(sql`
    insert into comment_actions (post_id, kind, filter, reason, affected, acted_by, acted_at) values
      ('00000000-0000-4000-8000-0000000000f1', 'fold', '{}'::jsonb, 'insults', 5, ${mo.id}, '2026-03-13T05:00:00Z'),
      ('00000000-0000-4000-8000-0000000000f1', 'remove', '{}'::jsonb, 'insults', 2, ${mo.id}, '2026-03-20T05:00:00Z')`);
  // Videos: V1 held and approved in the week; V2 held in it, still held; V3 held before it, rejected in it.
  await t.db.execute(sql`
    insert into prepublication_videos (external_id, title, uploader_account_id, status, decided_by, decided_at, received_at) values
      ('v1', 'v1', ${a1}, 'approved', ${mo.id}, '2026-03-10T06:00:00Z', '2026-03-10T05:00:00Z'),
      ('v2', 'v2', ${a1}, 'held', null, null, '2026-03-14T05:00:00Z'),
      ('v3', 'v3', ${a1}, 'rejected', ${mo.id}, '2026-03-10T06:00:00Z', '2026-03-01T05:00:00Z')`);
  // Incidents: I1 open through the week with a disclosure published in it; I2 opened after it; I3 closed before it.
  incidentTitle = '某高校学生被网暴事件';
  await t.db.execute(sql`
    insert into incidents (id, title, status, risk, created_at, closed_at) values
      ('00000000-0000-4000-8000-0000000000e1', ${incidentTitle}, 'active', 'high', '2026-03-01T00:00:00Z', null),
      ('00000000-0000-4000-8000-0000000000e2', 'Later', 'active', 'low', '2026-03-20T00:00:00Z', null),
      ('00000000-0000-4000-8000-0000000000e3', 'Earlier', 'closed', 'low', '2026-02-01T00:00:00Z', '2026-03-02T00:00:00Z')`);
  await t.db.execute(sql`
    insert into disclosures (id, incident_id, created_by) values ('00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000e1', ${mo.id})`);
  await t.db.execute(sql`
    insert into disclosure_versions (disclosure_id, version, status, title_en, body_en, title_zh, body_zh, measures, author_id, published_by, published_at)
    values ('00000000-0000-4000-8000-0000000000d1', 1, 'published', 'How we handled it', 'body', '处置情况', '正文', '{}'::jsonb, ${mo.id}, ${sue.id}, '2026-03-12T08:00:00Z')`);
}

beforeAll(async () => {
  t = await createTestDatabase();
  mo = await createStaff(t.db, 'moderator', { name: 'Mo' });
  sue = await createStaff(t.db, 'supervisor', { name: 'Sue' });
  ann = await createStaff(t.db, 'supervisor', { name: 'Ann' });
  // Minors' cases have no category: due 60 min after receipt. Insult is due in 24 h, rumour in 12 h.
  // C1 comment/insult, 2 reports 03-10 02:00, removed by Mo 10 min later: first action 600 s.
  await caseWith({ channel: 'comment', categoryId: 'insult', reporters: 2, createdAt: at('2026-03-10T02:00:00') }, [{ by: mo, action: 'remove', at: '2026-03-10T02:10:00' }]);
  // C2 post, minor, 03-11 01:00 (due 02:00): escalated by Mo at 01:20 (1200 s), removed by Sue at 01:50, on time.
  await caseWith({ channel: 'post', targetIsMinor: true, createdAt: at('2026-03-11T01:00:00') }, [
    { by: mo, action: 'escalate', at: '2026-03-11T01:20:00' }, { by: sue, action: 'remove', at: '2026-03-11T01:50:00' },
  ]);
  // C3 comment, minor, 03-12 05:00 (due 06:00): folded by Mo at 07:00 (7200 s), late.
  await caseWith({ channel: 'comment', targetIsMinor: true, createdAt: at('2026-03-12T05:00:00') }, [{ by: mo, action: 'fold', at: '2026-03-12T07:00:00' }]);
  // C4 comment/rumour, 3 reports 03-13 20:00 (local 03-14 04:00): not a violation, Mo at 20:30 (1800 s).
  await caseWith({ channel: 'comment', categoryId: 'rumour', reporters: 3, createdAt: at('2026-03-13T20:00:00') }, [{ by: mo, action: 'not_violation', at: '2026-03-13T20:30:00' }]);
  // C5 comment, minor reporter, 03-14 10:00 (due 11:00): still open, its deadline passed in the week; overdue now.
  await caseWith({ channel: 'comment', reporterIsMinor: true, createdAt: at('2026-03-14T10:00:00') });
  // C6 post/insult, 03-05, warned the same day: before the week.
  await caseWith({ channel: 'post', categoryId: 'insult', createdAt: at('2026-03-05T00:00:00') }, [{ by: mo, action: 'warn', at: '2026-03-05T01:00:00' }]);
  // C7 post/insult, 03-15 15:00 (local 23:00, the week's last hour): open, due 03-16 15:00, not overdue now.
  await caseWith({ channel: 'post', categoryId: 'insult', createdAt: at('2026-03-15T15:00:00') });
  // C8 comment, 03-15 17:00 (local 03-16 01:00): after the week.
  await caseWith({ channel: 'comment', createdAt: at('2026-03-15T17:00:00') });
  await measuresFixture();
});
afterAll(async () => { await t.drop(); });

const generate = (caller: Staff | null, input: unknown) =>
  executeAction(generateDefinition(() => now), { db: t.db, staffId: caller?.id ?? null, requestId: 'compliance-test' }, input);
const download = (caller: Staff | null, input: unknown) =>
  executeAction(downloadReportFile, { db: t.db, staffId: caller?.id ?? null, requestId: 'compliance-test' }, input);

let report: GeneratedReport;
let figures: ComplianceFigures;

describe('a compliance report for a week', () => {
  it('is generated by a supervisor and stored with its figures, worked out by hand', async () => {
    const result = await generate(sue, { kind: 'week', from: '2026-03-11' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    report = result.data;
    expect(report.label).toBe('2026-03-09 – 2026-03-15');
    const [row] = await t.db.select().from(complianceReports).where(eq(complianceReports.id, report.id));
    expect(row).toMatchObject({ periodKind: 'week', periodFrom: week.from, periodTo: week.to, timeZone: tz, generatedBy: sue.id, generatedAt: now });
    figures = row.figures as ComplianceFigures;
    const w = figures.work;

    // Received: C1×2, C2, C3, C4×3, C5, C7 = 9. Handled (final decisions in the week): C1, C2 (Sue), C3, C4 = 4.
    expect(w.totals).toEqual({ received: 9, handled: 4 });
    expect(w.byChannelCategory).toEqual([
      { channel: 'post', categoryId: null, received: 1, handled: 1 },
      { channel: 'post', categoryId: 'insult', received: 1, handled: 0 },
      { channel: 'comment', categoryId: null, received: 2, handled: 1 },
      { channel: 'comment', categoryId: 'insult', received: 2, handled: 1 },
      { channel: 'comment', categoryId: 'rumour', received: 3, handled: 1 },
    ]);
    expect(w.outcomes).toEqual({ not_violation: 1, fold: 1, remove: 2, warn: 0, escalate: 1 });
    // First actions: 600, 1200, 1800, 7200. p50: position 1.5 → 1500. p95: position 2.85 → 1800 + 0.85 × 5400 = 6390.
    expect(w.firstAction.cases).toBe(4);
    expect(w.firstAction.p50).toBeCloseTo(1500, 6);
    expect(w.firstAction.p95).toBeCloseTo(6390, 6);
    // Minors: C2 on time, C3 late, C5 open past a deadline in the week → 1 of 3.
    expect(w.minors).toEqual({ decided: 2, onTime: 1, missedOpen: 1, share: 1 / 3 });
    // Overdue at generation: C5 only (C7 and C8 are due later that day).
    expect(w.overdue).toEqual({ total: 1, minors: 1 });
    expect(w.days.map((d) => [d.day, d.received, d.handled])).toEqual([
      ['2026-03-09', 0, 0], ['2026-03-10', 2, 1], ['2026-03-11', 1, 1], ['2026-03-12', 1, 1], ['2026-03-13', 0, 0], ['2026-03-14', 4, 1], ['2026-03-15', 1, 0],
    ]);

    const m = figures.measures;
    expect(m.sanctions).toEqual([
      { type: 'prepost_warning', applied: 0, proposed: 0, reversed: 0 },
      { type: 'warning', applied: 0, proposed: 0, reversed: 1 },
      { type: 'mute', applied: 1, proposed: 1, reversed: 0 },
      { type: 'dm_suspension', applied: 0, proposed: 0, reversed: 0 },
      { type: 'closure', applied: 1, proposed: 1, reversed: 0 },
      { type: 'registration_ban', applied: 0, proposed: 1, reversed: 0 },
      { type: 'referral', applied: 0, proposed: 0, reversed: 0 },
    ]);
    expect(m.fourEyes).toEqual([
      { kind: 'sanction', approved: 1, rejected: 1 },
      { kind: 'section_closure', approved: 1, rejected: 0 },
      { kind: 'host_ban', approved: 0, rejected: 0 },
      { kind: 'agency_action', approved: 0, rejected: 0 },
    ]);
    expect(m.appeals).toEqual({ filed: 2, upheld: 0, overturned: 1 });
    expect(m.sections).toEqual({ dispersed: 1, closed: 1 });
    expect(m.comments).toEqual({ folded: 5, removed: 0 });
    expect(m.liveRoomsStopped).toBe(1);
    expect(m.videos).toEqual({ held: 2, approved: 1, rejected: 1 });
    expect(m.incidents.map((i) => [i.title, i.risk, i.disclosuresPublished, i.lastDisclosure])).toEqual([[incidentTitle, 'high', 1, '2026-03-12T08:00:00Z']]);
  });

  it('holds the same figures as the dashboard for the same period, from the rollups and from the rows alike', async () => {
    const fromRollups = await loadDashboard(t.db, { ...week, channel: null }, { now, timeZone: tz });
    const fromRows = await loadDashboard(t.db, { ...week, channel: null }, { now, timeZone: tz, source: 'raw' });
    const { moderators, ...work } = fromRollups;
    expect(figures.work).toEqual(JSON.parse(JSON.stringify(work)));
    expect(fromRows).toEqual(fromRollups);
    // Mo: C1, C3, C4 decided + C2 escalated; Sue: C2.
    expect(moderators.map((r) => [r.name, r.decided, r.escalated])).toEqual([['Mo', 3, 1], ['Sue', 1, 0]]);
    // A period with ragged edges (mid-day to mid-day) reads partial days from the rows.
    const ragged = { from: at('2026-03-10T01:00:00'), to: at('2026-03-14T04:00:00'), channel: null };
    expect(await loadDashboard(t.db, ragged, { now, timeZone: tz })).toEqual(await loadDashboard(t.db, ragged, { now, timeZone: tz, source: 'raw' }));
  });

  it('stores four files whose hashes are those of the bytes, and downloads them unchanged, audited', async () => {
    expect(report.files.map((f) => `${f.format}-${f.locale}`).sort()).toEqual(['csv-en', 'csv-zh', 'pdf-en', 'pdf-zh']);
    const stored = await t.db.select().from(complianceReportFiles).where(eq(complianceReportFiles.reportId, report.id));
    for (const file of stored) {
      expect(sha256(file.bytes)).toBe(file.sha256);
      const got = await download(ann, { reportId: report.id, format: file.format, locale: file.locale });
      if (!got.ok) throw new Error(JSON.stringify(got.error));
      expect(got.data.bytes.equals(file.bytes)).toBe(true);
      expect(got.data.sha256).toBe(file.sha256);
      expect(got.data.name).toBe(`compliance-2026-03-09_2026-03-15-${file.locale}.${file.format}`);
    }
    const trail = await t.db.select().from(auditLog).where(and(eq(auditLog.targetType, 'compliance_report'), eq(auditLog.targetId, report.id)));
    expect(trail.filter((a) => a.action === 'compliance.generate')).toHaveLength(1);
    expect(trail.filter((a) => a.action === 'compliance.download')).toHaveLength(4);
    expect(trail.find((a) => a.action === 'compliance.generate')!.actorId).toBe(sue.id);
  });

  it('is a record: neither the report nor its files can be changed', async () => {
    expect(await databaseError(t.db.update(complianceReports).set({ periodLabel: 'x' }).where(eq(complianceReports.id, report.id)))).toMatch(/records/);
    expect(await databaseError(t.db.delete(complianceReportFiles).where(eq(complianceReportFiles.reportId, report.id)))).toMatch(/records/);
  });

  it('writes the figures into the CSV in both languages', async () => {
    const csv = async (locale: 'en' | 'zh') => {
      const got = await download(sue, { reportId: report.id, format: 'csv', locale });
      if (!got.ok) throw new Error('download failed');
      expect([...got.data.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return got.data.bytes.subarray(3).toString('utf8').split('\r\n');
    };
    const en = await csv('en');
    expect(en[0]).toBe('Cyberviolence governance compliance report');
    expect(en).toContain('Period,2026-03-09 – 2026-03-15');
    expect(en).toContain('Reports received,9');
    expect(en).toContain('Comment,Insult,2,1');
    expect(en).toContain('Post,uncategorised,1,1');
    expect(en).toContain('Median (seconds),1500');
    expect(en).toContain('95th percentile (seconds),6390');
    expect(en).toContain('Share within deadline,33.3%');
    expect(en).toContain('Muting,1,1,0');
    expect(en).toContain('Comments folded,5');
    expect(en).toContain(`${incidentTitle},high · active,1,2026-03-12 16:00:00`);
    const zh = await csv('zh');
    expect(zh[0]).toBe('网络暴力治理合规报告');
    expect(zh).toContain('收到的举报,9');
    expect(zh).toContain('评论,侮辱谩骂,2,1');
    expect(zh).toContain('已折叠的评论,5');
    expect(zh).toContain('关闭帐号,1,1,0');
  });

  it('writes Chinese text and the figures into the PDF, with the font embedded, and page one renders', async () => {
    const [zh] = await t.db.select().from(complianceReportFiles)
      .where(and(eq(complianceReportFiles.reportId, report.id), eq(complianceReportFiles.format, 'pdf'), eq(complianceReportFiles.locale, 'zh')));
    expect(zh.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(zh.bytes.toString('latin1')).toMatch(/\/FontFile2/);
    const text = (await extractPdfText(zh.bytes)).replace(/\s+/g, '');
    for (const s of ['网络暴力治理合规报告', '收到的举报9', '侮辱谩骂', '首次处置用时', '中位数（秒）1500', incidentTitle, '已折叠的评论5', '第1页']) {
      expect(text, s).toContain(s);
    }
    const [en] = await t.db.select().from(complianceReportFiles)
      .where(and(eq(complianceReportFiles.reportId, report.id), eq(complianceReportFiles.format, 'pdf'), eq(complianceReportFiles.locale, 'en')));
    const english = await extractPdfText(en.bytes);
    expect(english).toContain('Reports received');
    expect(english).toContain(incidentTitle);

    const png = await renderFirstPage(zh.bytes, 'compliance-week-zh');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('is refused to other roles and without a session, and a bad period is a field error', async () => {
    expect(await generate(null, { kind: 'week', from: '2026-03-11' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await generate(mo, { kind: 'week', from: '2026-03-11' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await generate(await createStaff(t.db, 'admin'), { kind: 'day', from: '2026-03-11' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await download(mo, { reportId: report.id, format: 'pdf', locale: 'zh' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await download(null, { reportId: report.id, format: 'pdf', locale: 'zh' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await generate(sue, { kind: 'custom', from: '2026-03-11', to: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { from: ['range'] } } });
    expect(await generate(sue, { kind: 'day', from: '2026-03-17' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { from: ['future'] } } });
    expect(await generate(sue, { kind: 'month', from: 'March' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await download(sue, { reportId: report.id, format: 'docx', locale: 'zh' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('adds an alerts section once an alerts table exists, whichever branch made it', async () => {
    const exists = async () => (await t.db.execute(sql`select to_regclass('alerts') is not null as x`) as unknown as { rows: { x: boolean }[] }).rows[0].x;
    if (!(await exists())) {
      expect(figures.measures.alerts).toBeNull();
      await t.db.execute(sql`create table alerts (id serial primary key, status text not null, detected_at timestamptz not null, acknowledged_at timestamptz)`);
      // Raised in the week: one acknowledged after 300 s, one after 900 s, one still open; one raised after the week.
      await t.db.execute(sql`insert into alerts (status, detected_at, acknowledged_at) values
        ('acknowledged', '2026-03-10T00:00:00Z', '2026-03-10T00:05:00Z'), ('acknowledged', '2026-03-11T00:00:00Z', '2026-03-11T00:15:00Z'),
        ('open', '2026-03-12T00:00:00Z', null), ('open', '2026-03-20T00:00:00Z', null)`);
      const result = await generate(sue, { kind: 'week', from: '2026-03-09' });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const [row] = await t.db.select().from(complianceReports).where(eq(complianceReports.id, result.data.id));
      // p50 of 300 and 900 is 600; p95: 300 + 0.95 × 600 = 870.
      expect((row.figures as ComplianceFigures).measures.alerts).toEqual({
        raised: 3, responded: 2, p50: 600, p95: 870, byStatus: [{ status: 'acknowledged', n: 2 }, { status: 'open', n: 1 }],
      });
    } else {
      const counted = await t.db.execute(sql`select count(*)::int as n from alerts where detected_at >= ${week.from.toISOString()}::timestamptz and detected_at < ${week.to.toISOString()}::timestamptz`);
      expect(figures.measures.alerts?.raised).toBe((counted as unknown as { rows: { n: number }[] }).rows[0].n);
    }
  });
});
