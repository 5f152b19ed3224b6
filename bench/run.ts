import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { benchDatabase, freshBenchDatabase, seededState } from './database';
import { seedCases } from './seed-million';
import { benchClaims, releaseClaims } from './claims';
import { benchClaimsAtDatabase } from './claims-pgbench';
import { benchQueuePage, benchQueuePageUnderClaims } from './queue-page';
import { benchIntake } from './intake';
import { benchLibraryStages } from './library-search';
import { benchContentCheck } from './content-check';
import { benchModel } from './model';
import { benchCompliance, seedDecisions } from './compliance';
import { benchSimulate } from './simulate';
import { benchPrecheck } from './precheck';
import { useDatabase } from '@/db/client';
import { measureDetectorQuality, qualityTable } from './detector-quality';
import { benchSignals } from './signals';

// `npm run bench`: seeds 1M reports into a Postgres database and measures each path beside bare SQL
// in the same run. Results go to bench/results/<time>.json; latest.json holds the newest figures of
// every part (each part says when it ran), which scripts/bench-table.ts turns into the README's table.
//
//   npm run bench                                   every part, on a fresh database
//   npm run bench -- --parts claims,queue           some parts (names below)
//   npm run bench -- --parts compliance --reuse     keep the seeded database between runs (seed only what is missing)
//   --reports 1000000 --examples 100000,1000000 --claimers 32 --seconds 5 --database bulwark_bench --stop-by 08:40 (UTC)
const allParts = ['queue', 'intake', 'claims', 'library', 'content-check', 'model', 'compliance', 'simulate', 'precheck', 'detector-quality', 'signals'] as const;
type Part = (typeof allParts)[number];
const { values: args } = parseArgs({
  options: {
    parts: { type: 'string' }, reports: { type: 'string' }, examples: { type: 'string' }, claimers: { type: 'string' },
    seconds: { type: 'string' }, database: { type: 'string' }, reuse: { type: 'boolean' }, 'stop-by': { type: 'string' },
  },
});
const parts = new Set((args.parts ?? allParts.join(',')).split(',').map((p) => p.trim()).filter(Boolean));
for (const p of parts) if (!(allParts as readonly string[]).includes(p)) throw new Error(`unknown part ${p}; parts: ${allParts.join(', ')}`);
// --stop-by 08:40 (UTC): parts not started by then are skipped, so that a run on a shared machine
// holds the heavy lock for a bounded time; what was measured is saved after every part.
const stopBy = args['stop-by'] ? new Date(`${new Date().toISOString().slice(0, 11)}${args['stop-by']}:00Z`) : null;
const runs = (p: Part) => {
  if (!parts.has(p)) return false;
  if (stopBy && new Date() > stopBy) { console.log(`skipping ${p}: past --stop-by`); return false; }
  return true;
};
const reports = Number(args.reports ?? process.env.BENCH_REPORTS ?? 1_000_000);
const workers = Number(args.claimers ?? process.env.BENCH_CLAIMERS ?? 32);
const seconds = Number(args.seconds ?? process.env.BENCH_SECONDS ?? 5);
if (args.examples) process.env.BENCH_EXAMPLES = args.examples;

const log = (...a: unknown[]) => console.log(new Date().toISOString().slice(11, 19), ...a);

const name = args.database ?? 'bulwark_bench';
const database = args.reuse ? await benchDatabase(name, workers + 4) : await freshBenchDatabase(name, workers + 4);
const state = seededState(database.db);
const serverVersion = async () => ((await database.db.execute(sql`show server_version`)) as unknown as { rows: { server_version: string }[] }).rows[0].server_version;
const result: Record<string, unknown> = {};
const started = new Date().toISOString();
// Written after every part, so that a long part cut short keeps the figures measured before it.
const save = async () => {
  const run = {
    at: new Date().toISOString(),
    // The load average says how busy the machine was with other work while this ran.
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version,
      postgres: await serverVersion(), loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 10) / 10) },
    reports,
    parts: [...parts],
    ...result,
  };
  const dir = path.resolve('bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${started.replace(/[:.]/g, '-')}.json`);
  const latest = path.join(dir, 'latest.json');
  // The merge starts from latest.json as it was before this run.
  baseline ??= fs.existsSync(latest) ? fs.readFileSync(latest, 'utf8') : '{}';
  fs.writeFileSync(file, JSON.stringify(run, null, 2) + '\n');
  fs.writeFileSync(latest, JSON.stringify(mergeLatest(JSON.parse(baseline) as Record<string, unknown>, run, path.basename(file)), null, 2) + '\n');
  return path.relative(process.cwd(), file);
};
let baseline: string | undefined;
try {
  const needsCases = ['queue', 'intake', 'claims', 'compliance'].some((p) => runs(p as Part));
  if (needsCases && (await state.get('reports')) !== reports) {
    if ((await state.get('reports')) !== null) throw new Error(`${name} holds another seeding; run without --reuse`);
    log(`seeding ${reports.toLocaleString()} reports…`);
    const t0 = performance.now();
    await seedCases(database.db, reports);
    await state.set('reports', reports);
    log(`seeded in ${Math.round((performance.now() - t0) / 1000)} s`);
  }

  if (runs('queue')) {
    await releaseClaims(database.db);
    log('queue page…');
    const queuePage = await benchQueuePage(database.db, database.url, 60);
    log(JSON.stringify(queuePage));
    log(`queue page while ${workers} claimers work…`);
    const queuePageUnderClaims = await benchQueuePageUnderClaims(database.db, database.url, { claimers: workers, rounds: 200 });
    log(JSON.stringify(queuePageUnderClaims));
    log(`queue page while ${workers} claimers claim a case a second each…`);
    const queuePageUnderPacedClaims = await benchQueuePageUnderClaims(database.db, database.url, { claimers: workers, rounds: 200, claimsPerSecondEach: 1 });
    log(JSON.stringify(queuePageUnderPacedClaims));
    Object.assign(result, { queuePage, queuePageUnderClaims, queuePageUnderPacedClaims });
    await save();
  }

  if (runs('intake')) {
    log('batch intake…');
    result.intake = await benchIntake(database.db, database.url, { batches: 12, size: 1000 });
    log(JSON.stringify(result.intake));
    await save();
  }

  if (runs('claims')) {
    log(`claims at the database (pgbench), ${workers} clients for ${seconds} s each…`);
    result.claimsAtDatabase = await benchClaimsAtDatabase(database.db, database.url, { clients: workers, seconds, rounds: 6, seededCases: reports });
    log(JSON.stringify(result.claimsAtDatabase));
    log(`claims through lib/reports/claim.ts from Node, ${workers} claimers for ${seconds} s each…`);
    result.claimsThroughNode = await benchClaims(database.db, database.url, { workers, seconds });
    log(JSON.stringify(result.claimsThroughNode));
    await releaseClaims(database.db);
  }
    await save();

  // Search and similar cases at each library size (--examples, default 100k then 1M).
  let largestLibrary = 0;
  if (runs('library')) {
    const library = await benchLibraryStages(database.db, database.url, log, state, async (stages) => { result.library = stages; await save(); }, stopBy);
    largestLibrary = Math.max(...library.map((l) => l.examples));
    result.library = library;
  }

  // The content check scans trigrams per text: at a million examples it would run for hours, so it
  // runs only when the library stayed at 100k (or when asked, BENCH_CONTENT_CHECK=1).
  if (runs('content-check') && (process.env.BENCH_CONTENT_CHECK === '1' || largestLibrary <= 100_000)) {
    log('content check of bullet comments against that library…');
    result.contentCheck = await benchContentCheck(database.db, { batches: 10, size: 200, seededExamples: largestLibrary ? undefined : 100_000 });
    log(JSON.stringify(result.contentCheck));
    await save();
  }

  if (runs('model')) {
    log('recognition model in-process (one core)…');
    result.model = await benchModel();
    log(JSON.stringify(result.model));
    await save();
  }

  if (runs('compliance')) {
    if ((await state.get('decided')) === null) {
      log('compliance: deciding 60 % of the cases…');
      await seedDecisions(database.db);
      await state.set('decided', 1);
    }
    log('compliance: the dashboard\'s 30 days and a month\'s report, beside the rows…');
    result.compliance = await benchCompliance(database.db, { rounds: 10, rawRounds: 3 });
    log(JSON.stringify(result.compliance));
    await save();
  }

  if (runs('simulate')) {
    log('the simulator as load: 4 platforms playing the pile-on at 30× through the route handlers…');
    result.simulate = await benchSimulate(database, { clients: 4, duration: 300, rate: 2, speed: 30 });
    log(JSON.stringify(result.simulate));
    await save();
  }

  if (runs('precheck')) {
    log('pre-check API, 1,000 items per request, through the route handler…');
    // Its own small database: the demo library's model, not one trained on the 100k-example bench library.
    const precheckDb = await freshBenchDatabase(`${name}_precheck`, 4);
    useDatabase(precheckDb);
    result.precheck = await benchPrecheck(precheckDb.db).finally(() => precheckDb.close());
    log(JSON.stringify(result.precheck));
    await save();
  }

  if (runs('detector-quality')) {
    log('early warning: detector quality on synthetic traffic…');
    result.detectorQuality = measureDetectorQuality();
    log(`\n${qualityTable(result.detectorQuality as ReturnType<typeof measureDetectorQuality>)}`);
    await save();
  }

  if (runs('signals')) {
    log('signals through POST /api/v1/signals, beside a bare upsert of the same buckets…');
    const signalsDatabase = await freshBenchDatabase(`${name}_signals`, 8);
    result.signals = await benchSignals(signalsDatabase).finally(() => signalsDatabase.close());
    log(JSON.stringify(result.signals));
    await save();
  }

  log(`wrote ${await save()} and merged it into latest.json`);
} finally {
  await database.close();
}

/**
 * The newest figures of every part: the previous latest.json with this run's parts laid over it.
 * `runs` says which file (and so which time, machine and load) each section comes from.
 */
function mergeLatest(previous: Record<string, unknown>, run: Record<string, unknown> & { at: string; machine: unknown }, file: string) {
  const sections = Object.keys(run).filter((k) => !['at', 'machine', 'reports', 'parts', 'runs'].includes(k));
  const before = (previous.runs as Record<string, unknown> | undefined) ?? Object.fromEntries(Object.keys(previous)
    .filter((k) => !['at', 'machine', 'reports', 'parts', 'runs'].includes(k))
    .map((k) => [k, { file: null, at: previous.at, machine: previous.machine, reports: previous.reports }]));
  const runs = { ...before, ...Object.fromEntries(sections.map((k) => [k, { file, at: run.at, machine: run.machine, reports: run.reports }])) };
  // Library stages are merged by size: a run at 1M examples keeps the 100k figures of an earlier run.
  type Stage = { examples: number; run?: string };
  const stages = new Map<number, Stage>();
  for (const s of (previous.library as Stage[] | undefined) ?? []) stages.set(s.examples, { run: (before.library as { file?: string } | undefined)?.file ?? undefined, ...s });
  for (const s of (run.library as Stage[] | undefined) ?? []) stages.set(s.examples, { ...s, run: file });
  const library = stages.size ? [...stages.values()].sort((a, b) => a.examples - b.examples) : undefined;
  return { ...previous, ...run, library, parts: undefined, runs };
}
