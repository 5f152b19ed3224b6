import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { queryRows } from '@/db/query';
import type { SignalKind } from '@/db/schema/signals';
import { advance, startState, type Alarm, type DetectorSettings, type KeyState } from './detector';
import { latestEventMinute } from './ingest';
import { loadDetectorSettings } from './settings';
import { noteNewMinutes, streamStarts } from './note';
import { raiseAlerts } from '@/lib/alerts/raise';

/** Minutes a late signal may trail the latest event time seen and still count. */
export const LATENESS_MINUTES = 2;
const CLAIM = 200;

type StateRow = {
  kind: SignalKind; key: string; processed_through: number; mean: number; age: number; cusum: number; run_start: number | null;
  run_events: number; run_minutes: number; run_peak: number; run_baseline: number; alarmed: boolean; quiet_start: boolean;
};

export type KeyAlarm = Alarm & { kind: SignalKind; key: string };

/**
 * The detector as a timed job: notes the keys with new minutes (lib/signals/note.ts), then advances
 * every key with unprocessed minutes through the closed minutes (up to the latest event time any
 * batch carried, less LATENESS_MINUTES), in event time only. Keys are claimed with SKIP LOCKED, CLAIM at a time, so several workers share the work without taking a key
 * twice; each claim reads its buckets in one query, writes its states in one statement and raises its
 * alerts (unique per kind, key and surge) in the same transaction. Returns the alerts raised.
 */
export async function runDetector(db: Db): Promise<number> {
  let raised = 0;
  const settings = await loadDetectorSettings(db);
  await noteNewMinutes(db);
  const latest = await latestEventMinute(db);
  if (latest === null) return 0;
  const horizon = latest - LATENESS_MINUTES;
  const streams = await streamStarts(db);
  for (;;) {
    const step = await db.transaction((tx) => detectOnce(tx, settings, horizon, streams));
    raised += step.raised;
    if (step.claimed < CLAIM) return raised;
  }
}

async function detectOnce(tx: Tx, settings: DetectorSettings, horizon: number, streams: Map<SignalKind, number>): Promise<{ claimed: number; raised: number }> {
  const claimed = await queryRows<StateRow>(tx, sql`
    select kind, key, processed_through, mean, age, cusum, run_start, run_events, run_minutes, run_peak, run_baseline, alarmed, quiet_start
    from detector_state where latest_minute > processed_through and processed_through < ${horizon}
    limit ${CLAIM} for update skip locked`);
  if (!claimed.length) return { claimed: 0, raised: 0 };

  const buckets = await queryRows<{ kind: SignalKind; key: string; minute: number; count: number }>(tx, sql`
    select b.kind, b.key, b.minute, b.count
    from unnest(${sql.param(claimed.map((c) => c.kind))}::text[], ${sql.param(claimed.map((c) => c.key))}::text[], ${sql.param(claimed.map((c) => c.processed_through))}::int[]) as c(kind, key, after)
    join signal_buckets b on b.kind = c.kind and b.key = c.key and b.minute > c.after and b.minute <= ${horizon}`);
  const countsOf = new Map<string, Map<number, number>>();
  for (const b of buckets) {
    const id = `${b.kind}\u0000${b.key}`;
    if (!countsOf.has(id)) countsOf.set(id, new Map());
    countsOf.get(id)!.set(Number(b.minute), Number(b.count));
  }

  const alarms: KeyAlarm[] = [];
  const states = claimed.map((row) => {
    // Never stepped: a young key, or a known quiet one once its kind's stream has history.
    const state = Number(row.age) === 0 ? startState(Number(row.processed_through) + 1, streams.get(row.kind), settings) : stateOf(row);
    const counts = countsOf.get(`${row.kind}\u0000${row.key}`) ?? new Map<number, number>();
    for (const a of advance(state, Number(row.processed_through) + 1, horizon, counts, settings)) alarms.push({ ...a, kind: row.kind, key: row.key });
    return { kind: row.kind, key: row.key, state };
  });
  await saveStates(tx, states, horizon);
  return { claimed: claimed.length, raised: alarms.length ? await raiseAlerts(tx, alarms) : 0 };
}

function stateOf(r: StateRow): KeyState {
  return {
    mean: Number(r.mean), age: Number(r.age), cusum: Number(r.cusum), runStart: r.run_start === null ? null : Number(r.run_start),
    runEvents: Number(r.run_events), runMinutes: Number(r.run_minutes), runPeak: Number(r.run_peak), runBaseline: Number(r.run_baseline), alarmed: r.alarmed, quietStart: r.quiet_start,
  };
}

async function saveStates(tx: Tx, states: { kind: SignalKind; key: string; state: KeyState }[], horizon: number) {
  const col = <T>(f: (s: KeyState) => T) => sql.param(states.map((s) => f(s.state)));
  await tx.execute(sql`
    update detector_state d set processed_through = ${horizon}, mean = u.mean, age = u.age, cusum = u.cusum, run_start = u.run_start,
      run_events = u.run_events, run_minutes = u.run_minutes, run_peak = u.run_peak, run_baseline = u.run_baseline, alarmed = u.alarmed, quiet_start = u.quiet_start
    from unnest(${sql.param(states.map((s) => s.kind))}::text[], ${sql.param(states.map((s) => s.key))}::text[], ${col((s) => s.mean)}::float8[],
      ${col((s) => s.age)}::int[], ${col((s) => s.cusum)}::float8[], ${col((s) => s.runStart)}::int[], ${col((s) => s.runEvents)}::int[],
      ${col((s) => s.runMinutes)}::int[], ${col((s) => s.runPeak)}::int[], ${col((s) => s.runBaseline)}::float8[], ${col((s) => s.alarmed)}::bool[], ${col((s) => s.quietStart)}::bool[])
      as u(kind, key, mean, age, cusum, run_start, run_events, run_minutes, run_peak, run_baseline, alarmed, quiet_start)
    where d.kind = u.kind and d.key = u.key`);
}
