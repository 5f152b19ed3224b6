import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { advance, defaultDetectorSettings, freshState, startState, type DetectorSettings } from '@/lib/signals/detector';
import { percentile } from './stats';
import { seededRandom } from '@/lib/model/rng';

/**
 * The surge detector's stated quality, measured on synthetic traffic run through the very maths the
 * worker runs (lib/signals/detector.ts): per-minute counts drawn from a negative binomial (variance
 * μ + μ²/4, so overdispersed) around a rate with a daily cycle (±50%, random phase per key).
 * - False alarms: keys without surges, several days each, at base rates 0.1, 1, 5 and 20 a minute
 *   (counted from each key's very first minute, young-key start-up included).
 * - Surges: after a day of history, the rate is multiplied by 3, 5 or 10 for 30 minutes at a random
 *   time of day; a surge is found when an alarm is raised within those 30 minutes, and its delay is
 *   the minutes from the surge's first minute to the end of the minute that raised it.
 * Goals (issue 11): ≤ 0.5 false alarms per 1,000 key-days; ≥ 95% of 5× surges of ≥ 1 event/min
 * found, with a median delay ≤ 10 minutes.
 */

const DAY = 1440;
const GEN_DISPERSION = 4;
const CYCLE = 0.5;
const SURGE_MINUTES = 30;


type Rng = () => number;

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-300);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

// Marsaglia and Tsang's gamma sampler (shape ≥ 1; smaller shapes boosted).
function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(rng)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

const negativeBinomial = (rng: Rng, mean: number, size: number) => poisson(rng, gamma(rng, size) * (mean / size));

/** One key's per-minute counts: base rate with a daily cycle, times `lift` inside [surgeFrom, surgeTo). */
function traffic(rng: Rng, base: number, minutes: number, surge?: { from: number; to: number; lift: number }): Map<number, number> {
  const phase = rng() * DAY;
  const counts = new Map<number, number>();
  for (let m = 0; m < minutes; m++) {
    let rate = base * (1 + CYCLE * Math.sin((2 * Math.PI * (m + phase)) / DAY));
    if (surge && m >= surge.from && m < surge.to) rate *= surge.lift;
    const x = negativeBinomial(rng, rate, GEN_DISPERSION);
    if (x > 0) counts.set(m, x);
  }
  return counts;
}

export type QualityRow = { baseRate: number; lift: number; surges: number; found: number; foundShare: number; medianDelayMinutes: number | null; p90DelayMinutes: number | null };
export type QualityReport = {
  settings: DetectorSettings;
  traffic: { dispersion: number; dailyCycle: number; surgeMinutes: number };
  falseAlarms: { baseRate: number; keyDays: number; alarms: number; firstDay: number; per1000KeyDays: number }[];
  falseAlarmsPer1000KeyDays: number;
  surges: QualityRow[];
  youngKeys: YoungKeyReport;
  goals: { falseAlarms: boolean; fiveTimesFound: boolean; fiveTimesMedianDelay: boolean };
};

/** A key first seen once its kind's stream is known, under each start rule. */
export type YoungKeyRow = { rate: number; keys: number; found: number; foundShare: number; medianDelayMinutes: number | null; p90DelayMinutes: number | null };
export type YoungKeyReport = {
  /** 'young': every new key learns its first minutes as its normal (the rule before); 'known': startState. */
  rules: Record<'young' | 'known', {
    falseAlarms: { baseRate: number; keyDays: number; alarms: number; per1000KeyDays: number }[];
    per1000KeyDays: number;
    pileOns: YoungKeyRow[];
  }>;
};

/**
 * Young keys: a person nobody talked about until now. Each key is first seen two days into its kind's
 * stream, with no history of its own.
 * - Newcomers: steady traffic from the first minute at 0.1, 0.5 and 1 a minute (daily cycle and
 *   overdispersion as above), five days each: any alarm is false.
 * - Pile-ons: the first minutes are the attack itself: 30 minutes at 1, 2, 5, 10 or 20 a minute from
 *   nothing; found when an alarm is raised within them, delay as above.
 * Each measured under the rule before (every new key young: its first minutes taught as its normal) and
 * under startState (a new key in a known stream starts as a known quiet key).
 */
function measureYoungKeys(settings: DetectorSettings, seed: number, keyDaysPerRate: number, surgesPerCell: number): YoungKeyReport {
  const starts = { young: () => freshState(), known: () => startState(2 * DAY, 0, settings) };
  const rules = {} as YoungKeyReport['rules'];
  for (const rule of ['young', 'known'] as const) {
    const rng = seededRandom(seed);
    const daysPerKey = 5;
    const falseAlarms = [0.1, 0.5, 1].map((baseRate) => {
      let alarms = 0;
      const keys = Math.ceil(keyDaysPerRate / daysPerKey);
      for (let k = 0; k < keys; k++) {
        const minutes = daysPerKey * DAY;
        alarms += advance(starts[rule](), 0, minutes - 1, traffic(rng, baseRate, minutes), settings).length;
      }
      const keyDays = keys * daysPerKey;
      return { baseRate, keyDays, alarms, per1000KeyDays: round((alarms / keyDays) * 1000) };
    });
    const pileOns = [1, 2, 5, 10, 20].map((rate) => {
      const delays: number[] = [];
      for (let i = 0; i < surgesPerCell; i++) {
        const alarms = advance(starts[rule](), 0, SURGE_MINUTES - 1, traffic(rng, rate, SURGE_MINUTES), settings);
        const hit = alarms.find((a) => a.detectedMinute < SURGE_MINUTES);
        if (hit) delays.push(hit.detectedMinute + 1);
      }
      delays.sort((a, b) => a - b);
      return {
        rate, keys: surgesPerCell, found: delays.length, foundShare: round(delays.length / surgesPerCell),
        medianDelayMinutes: delays.length ? percentile(delays, 50) : null, p90DelayMinutes: delays.length ? percentile(delays, 90) : null,
      };
    });
    const alarms = falseAlarms.reduce((n, r) => n + r.alarms, 0);
    const keyDays = falseAlarms.reduce((n, r) => n + r.keyDays, 0);
    rules[rule] = { falseAlarms, per1000KeyDays: round((alarms / keyDays) * 1000), pileOns };
  }
  return { rules };
}

export function measureDetectorQuality(opts: { keyDaysPerRate?: number; surgesPerCell?: number; settings?: DetectorSettings; seed?: number } = {}): QualityReport {
  const settings = opts.settings ?? defaultDetectorSettings;
  const rng = seededRandom(opts.seed ?? 20261204);
  const keyDaysPerRate = opts.keyDaysPerRate ?? 1000;
  const surgesPerCell = opts.surgesPerCell ?? 200;
  const daysPerKey = 5;

  const falseAlarms = [0.1, 1, 5, 20].map((baseRate) => {
    let alarms = 0;
    let startUp = 0;
    const keys = Math.ceil(keyDaysPerRate / daysPerKey);
    for (let k = 0; k < keys; k++) {
      const minutes = daysPerKey * DAY;
      const raised = advance(freshState(), 0, minutes - 1, traffic(rng, baseRate, minutes), settings);
      alarms += raised.length;
      startUp += raised.filter((a) => a.detectedMinute < DAY).length;
    }
    const keyDays = keys * daysPerKey;
    return { baseRate, keyDays, alarms, firstDay: startUp, per1000KeyDays: round((alarms / keyDays) * 1000) };
  });
  const totalAlarms = falseAlarms.reduce((n, r) => n + r.alarms, 0);
  const totalKeyDays = falseAlarms.reduce((n, r) => n + r.keyDays, 0);

  const surges: QualityRow[] = [];
  for (const baseRate of [0.1, 1, 5]) {
    for (const lift of [3, 5, 10]) {
      const delays: number[] = [];
      for (let i = 0; i < surgesPerCell; i++) {
        const from = DAY + Math.floor(rng() * DAY);
        const to = from + SURGE_MINUTES;
        const alarms = advance(freshState(), 0, to - 1, traffic(rng, baseRate, to, { from, to, lift }), settings);
        const hit = alarms.find((a) => a.detectedMinute >= from && a.detectedMinute < to);
        if (hit) delays.push(hit.detectedMinute - from + 1);
      }
      delays.sort((a, b) => a - b);
      surges.push({
        baseRate, lift, surges: surgesPerCell, found: delays.length, foundShare: round(delays.length / surgesPerCell),
        medianDelayMinutes: delays.length ? percentile(delays, 50) : null, p90DelayMinutes: delays.length ? percentile(delays, 90) : null,
      });
    }
  }
  const per1000 = round((totalAlarms / totalKeyDays) * 1000);
  const five = surges.filter((r) => r.lift === 5 && r.baseRate >= 1);
  return {
    settings,
    traffic: { dispersion: GEN_DISPERSION, dailyCycle: CYCLE, surgeMinutes: SURGE_MINUTES },
    falseAlarms,
    falseAlarmsPer1000KeyDays: per1000,
    surges,
    youngKeys: measureYoungKeys(settings, (opts.seed ?? 20261204) + 1, keyDaysPerRate, surgesPerCell),
    goals: {
      falseAlarms: per1000 <= 0.5,
      fiveTimesFound: five.every((r) => r.foundShare >= 0.95),
      fiveTimesMedianDelay: five.every((r) => r.medianDelayMinutes !== null && r.medianDelayMinutes <= 10),
    },
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function qualityTable(r: QualityReport): string {
  const lines = ['| base rate /min | surge | found | median delay | p90 delay |', '|---|---|---|---|---|'];
  for (const s of r.surges) {
    lines.push(`| ${s.baseRate} | ${s.lift}× | ${s.found}/${s.surges} (${Math.round(s.foundShare * 100)}%) | ${s.medianDelayMinutes ?? '–'} min | ${s.p90DelayMinutes ?? '–'} min |`);
  }
  lines.push('', youngKeyTable(r.youngKeys));
  lines.push('', `False alarms: ${r.falseAlarmsPer1000KeyDays} per 1,000 key-days (${r.falseAlarms.map((f) => `${f.alarms} (${f.firstDay} on a key's first day) in ${f.keyDays} key-days at ${f.baseRate}/min`).join('; ')})`);
  return lines.join('\n');
}

export function youngKeyTable(r: YoungKeyReport): string {
  const cell = (row: YoungKeyRow) => `${Math.round(row.foundShare * 100)}%${row.medianDelayMinutes === null ? '' : `, ${row.medianDelayMinutes} min (p90 ${row.p90DelayMinutes})`}`;
  const lines = ['| new key, rule | false alarms /1,000 key-days (0.1, 0.5, 1/min newcomers) | pile-on 1/min | 2/min | 5/min | 10/min | 20/min |', '|---|---|---|---|---|---|---|'];
  for (const [rule, label] of [['young', 'young (before)'], ['known', 'known quiet (startState)']] as const) {
    const x = r.rules[rule];
    lines.push(`| ${label} | ${x.per1000KeyDays} (${x.falseAlarms.map((f) => f.alarms).join(', ')} in ${x.falseAlarms.map((f) => f.keyDays).join(', ')}) | ${x.pileOns.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  const report = measureDetectorQuality();
  console.log(qualityTable(report));
  console.log(JSON.stringify(report.goals), `${Math.round(performance.now() - t0)} ms`);
  // Run alone, it writes its own results file beside npm run bench's (which carries it too).
  const dir = path.resolve('bench/results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'detector-quality.json'), JSON.stringify({ at: new Date().toISOString(), ...report }, null, 2) + '\n');
}
