/**
 * The surge detector's maths, pure and deterministic: the worker (lib/signals/run-detector.ts), the
 * threshold preview and the quality bench all run exactly this.
 *
 * Per kind and key, minute by minute in event time:
 * - a baseline: an EWMA of the per-minute count (a running mean while the key is young), never below
 *   a floor (higher while the key is young, so a key's first busy minutes are not a "surge" against 0);
 * - a key is young only while its kind's stream is: once a kind has been counted for
 *   `knownStreamMinutes`, a key first seen is a key nobody talked about until now, which is what an
 *   idle key long at rest is too (mean 0, past its warm-up): it starts as that known quiet key
 *   (startState), so a pile-on on a private person is judged against the floor, not learnt as its normal;
 * - a negative-binomial CUSUM: each minute adds the log-likelihood ratio of "the rate is `designLift`
 *   times the baseline" against "the rate is the baseline", with overdispersion `dispersion` (NB
 *   size); the sum is kept at ≥ 0 and the run of minutes since it was last 0 is the suspected surge;
 * - an alarm when the sum crosses `threshold` and the run's own average rate is at least `minRate`
 *   per minute and `minLift` times the baseline, over at least `minEvents` events: so a quiet key
 *   going from 0 to 2 does not alarm, however unlikely 2 was.
 *
 * While a run is open the baseline learns from each minute's count capped at designLift × baseline,
 * and not at all once alarmed, so a surge does not teach the baseline that it is normal. A run that
 * lasts longer than `maxSurgeMinutes` is a new level: the baseline takes the run's rate and the sum
 * starts again. Stepping through a sequence of minutes in one call or in many gives the same states
 * and alarms: that is what makes a replay raise exactly the live alerts.
 */

export type DetectorSettings = {
  /** Half-life of the EWMA baseline, in minutes. */
  halfLifeMinutes: number;
  /** Baseline floor, events per minute, once the key has `warmupMinutes` of history. */
  floorRate: number;
  /** Baseline floor while the key is younger than `warmupMinutes`. */
  youngFloorRate: number;
  warmupMinutes: number;
  /** Once a kind has been counted this long, a key first seen starts as a known quiet key, not a young one… */
  knownStreamMinutes: number;
  /** …and a surge beginning in its first `newKeyMinutes` must reach `newKeyMinRate` per minute: a newcomer's own
   * first minutes at an ordinary rate read as a jump from nothing. */
  newKeyMinutes: number;
  newKeyMinRate: number;
  /** The rate multiple the CUSUM is tuned to detect. */
  designLift: number;
  /** Negative-binomial size: variance = μ + μ²/dispersion (larger: closer to Poisson). */
  dispersion: number;
  /** CUSUM decision threshold (log-likelihood units). */
  threshold: number;
  /** A surge's own average must reach this many events per minute… */
  minRate: number;
  /** …and this multiple of the baseline… */
  minLift: number;
  /** …over at least this many events. */
  minEvents: number;
  /** A run longer than this becomes the new baseline. */
  maxSurgeMinutes: number;
};

export const defaultDetectorSettings: DetectorSettings = {
  halfLifeMinutes: 60,
  floorRate: 0.05,
  youngFloorRate: 6,
  warmupMinutes: 60,
  knownStreamMinutes: 1440,
  newKeyMinutes: 120,
  newKeyMinRate: 3,
  designLift: 3,
  dispersion: 3,
  threshold: 18,
  minRate: 2,
  minLift: 2.5,
  minEvents: 12,
  maxSurgeMinutes: 240,
};

export type KeyState = {
  /** EWMA of the per-minute count. */
  mean: number;
  /** Minutes of history stepped through. */
  age: number;
  cusum: number;
  /** First minute of the open run (cusum > 0), or null. */
  runStart: number | null;
  runEvents: number;
  runMinutes: number;
  runPeak: number;
  /** Baseline when the run began: what an alert reports. */
  runBaseline: number;
  /** The open run already raised its alert. */
  alarmed: boolean;
  /** First seen in a known stream: a known quiet key from its first minute, not a young one (startState). */
  quietStart: boolean;
};

export const freshState = (): KeyState => ({
  mean: 0, age: 0, cusum: 0, runStart: null, runEvents: 0, runMinutes: 0, runPeak: 0, runBaseline: 0, alarmed: false, quietStart: false,
});

/**
 * The state a key starts from at its first minute: young while its kind's stream is younger than
 * `knownStreamMinutes` (nobody's history exists yet, so its first minutes are its history), otherwise
 * the known quiet key it is: the fixed point an idle key reaches (mean 0, no run) with its warm-up behind it.
 */
export function startState(firstMinute: number, streamFirstMinute: number | undefined, p: DetectorSettings): KeyState {
  const state = freshState();
  if (streamFirstMinute !== undefined && firstMinute - streamFirstMinute >= p.knownStreamMinutes) state.quietStart = true;
  return state;
}

/** One alarm: a surge that began at `beganMinute` and was detected when `detectedMinute` closed. */
export type Alarm = { beganMinute: number; detectedMinute: number; peakRate: number; baseline: number; rate: number };

export function baselineOf(s: KeyState, p: DetectorSettings): number {
  return Math.max(s.mean, s.age < p.warmupMinutes && !s.quietStart ? p.youngFloorRate : p.floorRate);
}

const alphaOf = (p: DetectorSettings) => 1 - Math.pow(0.5, 1 / p.halfLifeMinutes);

/** Log-likelihood ratio of count x under NB(mean μ1) against NB(mean μ0), both of size r. */
export function nbLogLikelihoodRatio(x: number, mu0: number, mu1: number, r: number): number {
  return x * Math.log((mu1 * (r + mu0)) / (mu0 * (r + mu1))) + r * Math.log((r + mu0) / (r + mu1));
}

function learn(s: KeyState, x: number, p: DetectorSettings, alpha: number) {
  // A running mean at first (the EWMA's own start-up bias would read a young key as quiet); a key that
  // starts quiet has its history already: nothing, at rest.
  const a = s.quietStart ? alpha : Math.max(alpha, 1 / (s.age + 1));
  s.mean += a * (x - s.mean);
  // Below a trillionth of an event a minute the mean is 0: an idle key reaches a fixed point, which
  // lets long idle gaps be skipped without changing any later result.
  if (s.mean < 1e-12) s.mean = 0;
}

/**
 * Advances `state` (mutated) by one minute with `count` events. Returns an alarm when this minute
 * raises one.
 */
export function stepMinute(state: KeyState, minute: number, count: number, p: DetectorSettings, alpha = alphaOf(p)): Alarm | null {
  const s = state;
  const b = baselineOf(s, p);
  const increment = nbLogLikelihoodRatio(count, b, b * p.designLift, p.dispersion);
  const next = Math.max(0, s.cusum + increment);
  let alarm: Alarm | null = null;

  if (next > 0) {
    if (s.runStart === null) {
      s.runStart = minute;
      s.runEvents = 0;
      s.runMinutes = 0;
      s.runPeak = 0;
      s.runBaseline = b;
      s.alarmed = false;
    }
    s.runEvents += count;
    s.runMinutes += 1;
    s.runPeak = Math.max(s.runPeak, count);
    s.cusum = next;
    const rate = s.runEvents / s.runMinutes;
    // A surge that began in a new key's first `newKeyMinutes` must reach the new-key rate.
    const minRate = s.quietStart && s.age - s.runMinutes < p.newKeyMinutes ? Math.max(p.minRate, p.newKeyMinRate) : p.minRate;
    if (!s.alarmed && next >= p.threshold && s.runEvents >= p.minEvents && rate >= minRate && rate >= p.minLift * s.runBaseline) {
      s.alarmed = true;
      alarm = { beganMinute: s.runStart, detectedMinute: minute, peakRate: s.runPeak, baseline: s.runBaseline, rate };
    }
    // A young key learns every count in full: its own first minutes are its history, not a surge.
    if (s.age < p.warmupMinutes && !s.quietStart) learn(s, count, p, alpha);
    else if (!s.alarmed) learn(s, Math.min(count, b * p.designLift), p, alpha);
    if (s.runMinutes >= p.maxSurgeMinutes) {
      // A level held this long is the key's new normal.
      s.mean = rate;
      endRun(s);
    }
  } else {
    endRun(s);
    learn(s, count, p, alpha);
  }
  s.age += 1;
  return alarm;
}

function endRun(s: KeyState) {
  s.cusum = 0;
  s.runStart = null;
  s.runEvents = 0;
  s.runMinutes = 0;
  s.runPeak = 0;
  s.runBaseline = 0;
  s.alarmed = false;
}

const idle = (s: KeyState) => s.mean === 0 && s.cusum === 0 && s.runStart === null;

/**
 * Steps a key from `fromMinute` through `toMinute` (both included), with `counts` giving the minutes
 * that had events (any order; others count 0). Idle stretches at the fixed point are skipped in one
 * jump: the result is the same as stepping each minute.
 */
export function advance(state: KeyState, fromMinute: number, toMinute: number, counts: Map<number, number>, p: DetectorSettings): Alarm[] {
  const alarms: Alarm[] = [];
  const alpha = alphaOf(p);
  const busy = [...counts.keys()].filter((m) => m >= fromMinute && m <= toMinute).sort((a, b) => a - b);
  let i = 0;
  for (let m = fromMinute; m <= toMinute; m++) {
    if (idle(state)) {
      const nextBusy = i < busy.length ? busy[i] : toMinute + 1;
      if (nextBusy > m) {
        state.age += nextBusy - m;
        m = nextBusy - 1;
        continue;
      }
    }
    const count = counts.get(m) ?? 0;
    if (i < busy.length && busy[i] === m) i++;
    const alarm = stepMinute(state, m, count, p, alpha);
    if (alarm) alarms.push(alarm);
  }
  return alarms;
}

export const minuteOf = (date: Date | number) => Math.floor((typeof date === 'number' ? date : date.getTime()) / 60_000);
export const dateOfMinute = (minute: number) => new Date(minute * 60_000);
