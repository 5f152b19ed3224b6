import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { signalKinds, type SignalKind } from '@/db/schema/signals';
import { advance, startState, type DetectorSettings } from './detector';
import { LATENESS_MINUTES } from './run-detector';
import { loadDetectorSettings } from './settings';

/** How far back the preview replays the stored buckets. */
export const PREVIEW_DAYS = 7;
const MAX_ROWS = 2_000_000;

export type SettingsPreview = {
  days: number; keys: number; fromMinute: number | null; toMinute: number | null;
  candidate: { alerts: number; byKind: Record<SignalKind, number> };
  current: { alerts: number; byKind: Record<SignalKind, number> };
  truncated: boolean;
};

/**
 * The threshold preview: the same detector maths replayed over the stored history (the last
 * PREVIEW_DAYS of event time, each key from its start state at its first minute there, its kind's
 * stream counted from the later of its first minute and the window's start), once with the
 * candidate setting and once with the one in force, counting the alerts each would have raised.
 */
export async function previewSettings(db: Executor, candidate: DetectorSettings): Promise<SettingsPreview> {
  const current = await loadDetectorSettings(db);
  const [{ latest }] = await queryRows<{ latest: number | null }>(db, sql`select max(max_minute) as latest from signal_batches`);
  const empty = () => Object.fromEntries(signalKinds.map((k) => [k, 0])) as Record<SignalKind, number>;
  const result: SettingsPreview = { days: PREVIEW_DAYS, keys: 0, fromMinute: null, toMinute: null, candidate: { alerts: 0, byKind: empty() }, current: { alerts: 0, byKind: empty() }, truncated: false };
  if (latest === null) return result;
  const to = Number(latest) - LATENESS_MINUTES;
  const from = to - PREVIEW_DAYS * 1440;
  const rows = await queryRows<{ kind: SignalKind; key: string; minute: number; count: number }>(db, sql`
    select kind, key, minute, count from signal_buckets where minute > ${from} and minute <= ${to} order by kind, key, minute limit ${MAX_ROWS + 1}`);
  result.truncated = rows.length > MAX_ROWS;
  result.fromMinute = from + 1;
  result.toMinute = to;
  const streams = new Map((await queryRows<{ kind: SignalKind; first_minute: number }>(db, sql`select kind, first_minute from signal_streams`))
    .map((r) => [r.kind, Math.max(Number(r.first_minute), from + 1)]));
  let i = 0;
  while (i < Math.min(rows.length, MAX_ROWS)) {
    const { kind, key } = rows[i];
    const counts = new Map<number, number>();
    const first = Number(rows[i].minute);
    for (; i < rows.length && rows[i].kind === kind && rows[i].key === key; i++) counts.set(Number(rows[i].minute), Number(rows[i].count));
    result.keys++;
    for (const [settings, tally] of [[candidate, result.candidate], [current, result.current]] as const) {
      const n = advance(startState(first, streams.get(kind) ?? from + 1, settings), first, to, counts, settings).length;
      tally.alerts += n;
      tally.byKind[kind] += n;
    }
  }
  return result;
}
