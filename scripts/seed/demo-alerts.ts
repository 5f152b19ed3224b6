import type { Db } from '@/db/client';
import { ingestSignals } from '@/lib/signals/ingest';
import { runDetector } from '@/lib/signals/run-detector';

const MINUTE = 60_000;
const HISTORY_MINUTES = 8 * 60;

type Key = { kind: string; key: string; base: number; surge?: { from: number; to: number; rate: number } };

// Minutes counted back from now. The minor 小鱼同学 (citizen_3) is flooded by strangers' private
// messages while searches for her name rise and her case's topic heats up; the rest stay steady.
const keys: Key[] = [
  { kind: 'stranger_dm', key: 'citizen_3', base: 1.5, surge: { from: 45, to: 20, rate: 26 } },
  { kind: 'search', key: '小鱼同学', base: 1, surge: { from: 44, to: 20, rate: 30 } },
  { kind: 'topic_heat', key: 'topic-lin-xiaoyu', base: 6, surge: { from: 90, to: 60, rate: 45 } },
  { kind: 'mention', key: 'poster_2', base: 3 },
  { kind: 'search', key: '林晓雨', base: 4 },
  { kind: 'report', key: 'poster_0', base: 0.5 },
];

/** A small deterministic wobble, so the history looks like traffic rather than a flat line. */
const wobble = (i: number, seed: number) => [0, 1, -1, 2, 0, -1, 1, 0, -2, 1][(i * 7 + seed * 3) % 10];

/**
 * Eight hours of signals for a few keys, sent through the same ingest path as the API, then one
 * detector pass: /alerts opens with a surge against a minor (and a hot topic) on `npm run dev`.
 */
export async function seedDemoAlerts(db: Db, now: Date): Promise<{ signals: number; alerts: number }> {
  const end = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const signals: { kind: string; key: string; at: string; count: number }[] = [];
  keys.forEach((k, seed) => {
    for (let ago = HISTORY_MINUTES; ago >= 1; ago--) {
      const i = HISTORY_MINUTES - ago;
      const surging = k.surge && ago <= k.surge.from && ago > k.surge.to;
      const count = Math.max(0, Math.round((surging ? k.surge!.rate : k.base) + wobble(i, seed) * (surging ? 3 : Math.min(1, k.base))));
      if (count > 0) signals.push({ kind: k.kind, key: k.key, at: new Date(end - ago * MINUTE + 5_000).toISOString(), count });
    }
  });
  const result = await db.transaction((tx) => ingestSignals(tx, { batchId: 'seed:demo-signals', signals }, now, null));
  return { signals: result.accepted, alerts: result.replayed ? 0 : await runDetector(db) };
}
