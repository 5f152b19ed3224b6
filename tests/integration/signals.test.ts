import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { accounts, alerts } from '@/db/schema';
import { queryRows } from '@/db/query';
import { POST } from '@/app/api/v1/signals/route';
import { runDetector } from '@/lib/signals/run-detector';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createTestApiKey } from '../support/api';

let t: TestDatabase;
let key: string;
beforeAll(async () => {
  t = await createTestDatabase();
  key = (await createTestApiKey(t.db)).key;
  await t.db.insert(accounts).values([{ id: 'live:surge', isMinor: true }, { id: 'replay:surge', isMinor: true }, { id: 'two:surge', isMinor: true }]);
});
afterAll(async () => { await t.drop(); });

const post = async (body: unknown) => {
  const res = await POST(new Request('http://test/api/v1/signals', {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
};

const MINUTE = 60_000;
const start = Math.floor((Date.now() - 2 * 86_400_000) / MINUTE) * MINUTE;
const HOURS = 8;
const SURGE_AT = 6 * 60;

/**
 * Eight hours of stranger DMs for three keys, deterministic: "steady" wobbles around 4 a minute,
 * "surge" around 2 a minute until it jumps to 20 a minute for 20 minutes at hour 6, "quiet" is silent
 * but for 2 messages in one minute. Minute by minute, as the platform would send them.
 */
function traffic(prefix: string, fromMinute: number, toMinute: number) {
  const signals: { kind: string; key: string; at: string; count: number }[] = [];
  for (let m = fromMinute; m < toMinute; m++) {
    const at = new Date(start + m * MINUTE + 17_000).toISOString();
    signals.push({ kind: 'stranger_dm', key: `${prefix}:steady`, at, count: 3 + ((m * 7) % 3) });
    const surge = m >= SURGE_AT && m < SURGE_AT + 20;
    const base = 1 + ((m * 5) % 3);
    if (surge) signals.push({ kind: 'stranger_dm', key: `${prefix}:surge`, at, count: 20 + (m % 4) });
    else signals.push({ kind: 'stranger_dm', key: `${prefix}:surge`, at, count: base });
    if (m === SURGE_AT + 3) signals.push({ kind: 'stranger_dm', key: `${prefix}:quiet`, at, count: 2 });
  }
  return signals;
}

async function alertsOf(prefix: string) {
  return queryRows<Record<string, unknown>>(t.db, sql`
    select substr(key, ${prefix.length + 2}) as key, kind, began_at, detected_at, peak_rate, baseline, lift, minor from alerts
    where key like ${prefix + ':%'} order by key, began_at`);
}

describe('signals in and the detector', () => {
  it('answers each bad signal by index and keeps the good ones; a wrong envelope is 400', async () => {
    const at = new Date(start).toISOString();
    const res = await post({ batchId: 'mixed-1', signals: [
      { kind: 'stranger_dm', key: 'mixed:a', at },
      { kind: 'shout', key: 'mixed:b', at },
      { kind: 'search', key: '', at: 'yesterday', count: 0 },
      { kind: 'mention', key: 'mixed:c', at: '2999-01-01T00:00:00Z' },
      { kind: 'report', key: 'mixed:d', at: '2001-01-01T00:00:00Z', extra: 1 },
      { kind: 'mention', key: 'mixed:a', at, count: 4 },
    ] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ batchId: 'mixed-1', replayed: false, accepted: 2, buckets: 2 });
    const fields = Object.fromEntries(res.body.rejected.map((r: { index: number; errors: { field: string }[] }) => [r.index, r.errors.map((e) => e.field)]));
    expect(fields).toEqual({
      1: ['signals.1.kind'],
      2: ['signals.2.key', 'signals.2.at', 'signals.2.count'],
      3: ['signals.3.at'],
      4: ['signals.4.extra', 'signals.4.at'],
    });
    const bad = await post({ signals: [], extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'signals']);
    expect((await post({ signals: Array.from({ length: 10_001 }, () => ({})) })).status).toBe(400);
  });

  it('ignores a replayed batch id and says so', async () => {
    const at = new Date(start + MINUTE).toISOString();
    const batch = { batchId: 'once', signals: [{ kind: 'search', key: 'once-term', at, count: 5 }, { kind: 'search', key: 'once-term', at, count: 2 }] };
    expect((await post(batch)).body).toMatchObject({ replayed: false, accepted: 2, buckets: 1 });
    expect((await post(batch)).body).toMatchObject({ replayed: true, accepted: 0 });
    const [row] = await queryRows<{ count: number }>(t.db, sql`select count from signal_buckets where key = 'once-term'`);
    expect(Number(row.count)).toBe(7);
  });

  it('live in steps: finds the surge against the minor, not the steady key nor the quiet one', async () => {
    for (let hour = 0; hour < HOURS; hour++) {
      for (let part = 0; part < 4; part++) {
        const from = hour * 60 + part * 15;
        expect((await post({ batchId: `live-${from}`, signals: traffic('live', from, from + 15) })).status).toBe(200);
        await runDetector(t.db);
      }
    }
    const found = await alertsOf('live');
    expect(found.map((a) => a.key)).toEqual(['surge']);
    const [surge] = found;
    expect(surge.minor).toBe(true);
    const began = new Date(surge.began_at as string).getTime();
    const detected = new Date(surge.detected_at as string).getTime();
    expect(began).toBeGreaterThanOrEqual(start + (SURGE_AT - 5) * MINUTE);
    expect(detected).toBeLessThanOrEqual(start + (SURGE_AT + 10) * MINUTE);
    expect(Number(surge.baseline)).toBeLessThan(4);
    expect(Number(surge.peak_rate)).toBeGreaterThanOrEqual(20);
  });

  it('a replay of the same traffic in one go raises exactly the alerts the live run raised', async () => {
    for (let hour = 0; hour < HOURS; hour++) {
      expect((await post({ batchId: `replay-${hour}`, signals: traffic('replay', hour * 60, hour * 60 + 60) })).status).toBe(200);
    }
    await runDetector(t.db);
    expect(await alertsOf('replay')).toEqual(await alertsOf('live'));
  });

  it('two workers over the same replay raise the same alerts as one, none twice', async () => {
    for (let hour = 0; hour < HOURS; hour++) await post({ batchId: `two-${hour}`, signals: traffic('two', hour * 60, hour * 60 + 60) });
    // Enough other keys that both workers get claims of their own.
    const at = new Date(start + 10 * MINUTE).toISOString();
    await post({ signals: Array.from({ length: 600 }, (_, i) => ({ kind: 'topic_heat', key: `two-other-${i}`, at })) });
    const [a, b] = await Promise.all([runDetector(t.db), runDetector(t.db)]);
    expect(a + b).toBe(1);
    expect(await alertsOf('two')).toEqual(await alertsOf('live'));
    const [pending] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from detector_state where latest_minute > processed_through and processed_through < (select max(max_minute) - 2 from signal_batches)`);
    expect(pending.n).toBe(0);
    const outboxed = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from outbox where topic = 'alert.raised'`);
    expect(outboxed[0].n).toBe((await t.db.select().from(alerts)).length);
  });

  it('a person nobody talked about: a pile-on on a new key alarms once its kind has a day of history, not in a stream just begun', async () => {
    const pileOn = (kind: string, key: string, fromMinute: number) => Array.from({ length: 30 }, (_, m) => ({
      kind, key, at: new Date(start + (fromMinute + m) * MINUTE + 5_000).toISOString(), count: 10 + (m % 5),
    }));
    // mention has been counted since the start; comment_on is counted for the first time by the pile-on itself.
    expect((await post({ batchId: 'young-history', signals: [{ kind: 'mention', key: 'young:someone-else', at: new Date(start).toISOString() }] })).status).toBe(200);
    const at = 26 * 60;
    expect((await post({ batchId: 'young-pile-on', signals: [...pileOn('mention', 'young:person', at), ...pileOn('comment_on', 'young:account', at)] })).status).toBe(200);
    await post({ batchId: 'young-later', signals: [{ kind: 'topic_heat', key: 'young:clock', at: new Date(start + (at + 40) * MINUTE).toISOString() }] });
    await runDetector(t.db);
    const found = await alertsOf('young');
    expect(found.map((a) => [a.kind, a.key])).toEqual([['mention', 'person']]);
    expect(new Date(found[0].began_at as string).getTime()).toBe(start + at * MINUTE);
    expect(new Date(found[0].detected_at as string).getTime()).toBeLessThanOrEqual(start + (at + 5) * MINUTE);
  });
});
