import { createApiClient, featuresOf, type Features } from '@/lib/api-client';
import { checkScenario, type CheckResult } from './check';
import type { Scenario, ScenarioName } from './model';
import { play, skippedOps } from './play';
import { generateScenario } from './scenarios';
import { Stats, type Summary } from './stats';

export type SimulationOptions = {
  url: string;
  key: string;
  scenario: ScenarioName;
  seed: number;
  /** Background events per second of event time. */
  rate: number;
  /** Seconds of event time. */
  duration: number;
  /** Event time runs this many times faster than the wall clock (Infinity: all at once). */
  speed: number;
  /** Check what the scenario says the console should show: after the traffic, or also after staff work. */
  check?: false | 'played' | 'staff';
  alertWaitMs?: number;
  /** Runs after the traffic, before the check: tests run the console's worker jobs here. */
  afterPlay?: () => Promise<unknown>;
  fetch?: typeof fetch;
  log?: (line: string) => void;
  /** The wall clock at the start (tests fix it for identical timelines). */
  now?: Date;
};

export type SimulationResult = { scenario: Scenario; features: Features; summary: Summary; failures: string[]; checks: CheckResult[] | null };

/**
 * The simulator's programmatic entry (the CLI is scripts/simulate.ts): reads the console's OpenAPI
 * document to see which optional routes it has, plays the scenario, and checks it when asked.
 * Event time is set so that it reaches the wall clock as the run ends: nothing is sent from the future.
 */
export async function runSimulation(o: SimulationOptions): Promise<SimulationResult> {
  const log = o.log ?? (() => {});
  const stats = new Stats();
  const client = createApiClient({ baseUrl: o.url, key: o.key, fetch: o.fetch, onAnswer: stats.answer });
  const doc = await client.openApiDocument();
  if (!doc.ok) throw new Error(`Cannot read ${o.url}/api/v1/openapi.json: ${doc.status} ${doc.error.message}`);
  const features = featuresOf(doc.data);
  const probe = await client.readAuthoritativeStatements({ term: 'simulator key check' });
  if (!probe.ok && probe.status === 401) throw new Error('The console refused the API key (401): give a valid, unrevoked key with --key.');
  for (const op of skippedOps(features)) {
    const route = { signal: 'POST /api/v1/signals (early warning)', precheck: 'POST /api/v1/precheck (pre-check)', dmCheck: 'POST /api/v1/dm-checks (private-message rules)' }[op as 'signal' | 'precheck' | 'dmCheck'];
    log(`note: this console has no ${route}; that traffic is skipped.`);
  }

  const now = (o.now ?? new Date()).getTime();
  const durationMs = o.duration * 1000;
  const start = new Date(Number.isFinite(o.speed) ? now - durationMs + durationMs / o.speed : now - durationMs);
  const scenario = generateScenario(o.scenario, { seed: o.seed, start, duration: o.duration, rate: o.rate });
  log(`scenario ${scenario.name}, seed ${o.seed}: ${scenario.story}`);
  log(`${scenario.items.length} platform events over ${o.duration} s of event time${Number.isFinite(o.speed) ? `, played ${o.speed}× faster than the clock (${(o.duration / o.speed).toFixed(0)} s)` : ', all at once'}.`);

  stats.startedAt = performance.now();
  let lastShown = 0;
  await play(client, scenario, features, stats, {
    speed: o.speed,
    onProgress: (sent, total) => {
      if (performance.now() - lastShown > 5000) {
        lastShown = performance.now();
        log(`  ${sent}/${total} events sent`);
      }
    },
  });
  stats.endedAt = performance.now();
  const summary = stats.summary();

  await o.afterPlay?.();
  let checks: CheckResult[] | null = null;
  if (o.check) checks = await checkScenario(client, scenario, features, { stage: o.check, alertWaitMs: o.alertWaitMs });
  return { scenario, features, summary, failures: stats.sample, checks };
}
