import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accounts, alerts, auditLog, incidentParties, incidentTerms, outbox, type Staff } from '@/db/schema';
import { GET } from '@/app/api/v1/alerts/route';
import { POST } from '@/app/api/v1/signals/route';
import { executeAction } from '@/lib/actions/define-action';
import { dismissAlert, listAlerts, openIncidentFromAlert, previewDetectorSettings, saveDetectorSettings } from '@/lib/alerts/actions';
import { defaultDetectorSettings } from '@/lib/signals/detector';
import { runDetector } from '@/lib/signals/run-detector';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let key: string;
let mod: Staff;
let admin: Staff;
const MINUTE = 60_000;
const start = Math.floor((Date.now() - 86_400_000) / MINUTE) * MINUTE;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = (action: { definition: any }, staff: Staff, input: unknown) =>
  executeAction(action.definition, { db: t.db, staffId: staff.id, requestId: 'test' }, input);

async function send(signals: unknown[], batchId?: string) {
  const res = await POST(new Request('http://test/api/v1/signals', {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ batchId, signals }),
  }), { params: Promise.resolve({}) });
  expect(res.status).toBe(200);
}

/** Three hours of a steady 2 a minute for each key, then 25 a minute for 15 minutes on the surging ones. */
async function surge(keys: { kind: string; key: string; surges: boolean }[]) {
  for (let hour = 0; hour < 4; hour++) {
    const signals = [];
    for (let m = hour * 60; m < hour * 60 + 60; m++) {
      for (const k of keys) {
        const on = k.surges && m >= 180 && m < 195;
        signals.push({ kind: k.kind, key: k.key, at: new Date(start + m * MINUTE).toISOString(), count: on ? 25 : 2 + (m % 2) });
        if (on) signals.push({ kind: 'search', key: '某某 学生', at: new Date(start + m * MINUTE).toISOString(), count: 40 });
      }
    }
    await send(signals, `surge-${hour}`);
  }
  return runDetector(t.db);
}

const get = async (query: string) => {
  const res = await GET(new Request(`http://test/api/v1/alerts?${query}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  t = await createTestDatabase();
  key = (await createTestApiKey(t.db)).key;
  mod = await createStaff(t.db, 'moderator');
  admin = await createStaff(t.db, 'admin');
  await t.db.insert(accounts).values([{ id: 'acct-minor', handle: 'kid', displayName: 'A child', isMinor: true }, { id: 'acct-adult', handle: 'grown' }]);
  expect(await surge([
    { kind: 'stranger_dm', key: 'acct-minor', surges: true },
    { kind: 'mention', key: 'acct-adult', surges: true },
    { kind: 'topic_heat', key: 'section-steady', surges: false },
  ])).toBe(2);
});
afterAll(async () => { await t.drop(); });

describe('alerts', () => {
  it('are raised with the minor flag, told to the platform, and listed minors first', async () => {
    const board = await call(listAlerts, mod, {});
    expect(board.ok).toBe(true);
    const active = (board as { data: { active: { key: string; minor: boolean; series: unknown[] }[] } }).data.active;
    expect(active[0]).toMatchObject({ key: 'acct-minor', minor: true });
    expect(active.map((a) => a.key)).toContain('acct-adult');
    expect(active.map((a) => a.key)).not.toContain('section-steady');
    expect(active[0].series.length).toBeGreaterThan(60);
    const told = await t.db.select().from(outbox).where(eq(outbox.topic, 'alert.raised'));
    expect(told.map((o) => o.key).sort()).toEqual(['acct-adult', 'acct-minor']);
  });

  it('are listed to the platform by keyset pages since an event time', async () => {
    const first = await get(`since=${encodeURIComponent(new Date(start).toISOString())}&limit=1`);
    expect(first.status).toBe(200);
    expect(first.body.alerts).toHaveLength(1);
    expect(first.body.alerts[0]).toEqual({
      id: expect.any(String), kind: expect.any(String), key: expect.any(String), beganAt: expect.any(String), detectedAt: expect.any(String),
      peakRate: expect.any(Number), baseline: expect.any(Number), minor: expect.any(Boolean), status: 'open',
    });
    const second = await get(`cursor=${first.body.nextCursor}&limit=1`);
    expect(second.body.alerts).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.alerts, ...second.body.alerts].map((a: { id: string }) => a.id);
    expect(new Set(ids).size).toBe(2);
    expect((await get(`since=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`)).body.alerts).toEqual([]);
    expect((await get('since=yesterday')).status).toBe(400);
    expect((await get('cursor=bm9wZQ')).status).toBe(400);
  });

  it('a moderator opens an incident from an alert: the person as targeted party, the top terms as key terms', async () => {
    const [alert] = await t.db.select().from(alerts).where(eq(alerts.key, 'acct-minor'));
    const result = await call(openIncidentFromAlert, mod, { alertId: alert.id });
    expect(result).toMatchObject({ ok: true });
    const incidentId = (result as { data: { incidentId: string } }).data.incidentId;
    const [after] = await t.db.select().from(alerts).where(eq(alerts.id, alert.id));
    expect(after).toMatchObject({ status: 'linked', incidentId, actedBy: mod.id });
    expect(await t.db.select().from(incidentParties).where(eq(incidentParties.incidentId, incidentId))).toMatchObject([{ accountId: 'acct-minor', role: 'targeted_person', isMinor: true }]);
    expect((await t.db.select().from(incidentTerms).where(eq(incidentTerms.incidentId, incidentId))).map((r) => r.term)).toEqual(['某某 学生']);
    const audited = (await t.db.select().from(auditLog).where(eq(auditLog.requestId, 'test'))).map((a) => a.action);
    expect(audited).toEqual(expect.arrayContaining(['incident.create', 'alert.openIncident']));
    expect(await call(openIncidentFromAlert, mod, { alertId: alert.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('is dismissed only with a reason', async () => {
    const [alert] = await t.db.select().from(alerts).where(eq(alerts.key, 'acct-adult'));
    expect(await call(dismissAlert, mod, { alertId: alert.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(dismissAlert, mod, { alertId: alert.id, reason: 'a birthday: fans, not a pile-on' })).toMatchObject({ ok: true, data: { status: 'dismissed' } });
  });

  it('threshold preview counts the alerts each setting would have raised over the stored history; saving changes the one in force', async () => {
    const same = await call(previewDetectorSettings, admin, defaultDetectorSettings);
    expect(same).toMatchObject({ ok: true, data: { candidate: { alerts: 2 }, current: { alerts: 2 } } });
    const strict = await call(previewDetectorSettings, admin, { ...defaultDetectorSettings, minRate: 100 });
    expect(strict).toMatchObject({ ok: true, data: { candidate: { alerts: 0 }, current: { alerts: 2 } } });
    expect(await call(previewDetectorSettings, admin, { ...defaultDetectorSettings, threshold: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(saveDetectorSettings, admin, { ...defaultDetectorSettings, minRate: 100 })).toMatchObject({ ok: true });
    expect(await call(previewDetectorSettings, admin, defaultDetectorSettings)).toMatchObject({ ok: true, data: { candidate: { alerts: 2 }, current: { alerts: 0 } } });
  });
});
