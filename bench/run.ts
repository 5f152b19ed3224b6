import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { freshBenchDatabase } from './database';
import { seedCases } from './seed-million';
import { benchClaims } from './claims';
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

// `npm run bench`: seeds BENCH_REPORTS (default 1M) reports into a fresh Postgres database and measures
// each path beside bare SQL in the same run. Results go to bench/results/<time>.json and latest.json.
const reports = Number(process.env.BENCH_REPORTS ?? 1_000_000);
const workers = Number(process.env.BENCH_CLAIMERS ?? 32);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);

const log = (...a: unknown[]) => console.log(new Date().toISOString().slice(11, 19), ...a);

const database = await freshBenchDatabase('bulwark_bench', workers + 4);
const serverVersion = async () => ((await database.db.execute(sql`show server_version`)) as unknown as { rows: { server_version: string }[] }).rows[0].server_version;
try {
  log(`seeding ${reports.toLocaleString()} reports…`);
  const t0 = performance.now();
  await seedCases(database.db, reports);
  log(`seeded in ${Math.round((performance.now() - t0) / 1000)} s`);

  log('queue page…');
  const queuePage = await benchQueuePage(database.db, database.url, 60);
  log(JSON.stringify(queuePage));

  log(`queue page while ${workers} claimers work…`);
  const queuePageUnderClaims = await benchQueuePageUnderClaims(database.db, database.url, { claimers: workers, rounds: 200 });
  log(JSON.stringify(queuePageUnderClaims));

  log('batch intake…');
  const intake = await benchIntake(database.db, database.url, { batches: 12, size: 1000 });
  log(JSON.stringify(intake));

  log(`claims at the database (pgbench), ${workers} clients for ${seconds} s each…`);
  const claimsAtDatabase = await benchClaimsAtDatabase(database.db, database.url, { clients: workers, seconds });
  log(JSON.stringify(claimsAtDatabase));

  log(`claims through lib/reports/claim.ts from Node, ${workers} claimers for ${seconds} s each…`);
  const claimsThroughNode = await benchClaims(database.db, database.url, { workers, seconds });
  log(JSON.stringify(claimsThroughNode));

  // Search and similar cases at each library size (BENCH_EXAMPLES, default 100k then 1M).
  const library = await benchLibraryStages(database.db, database.url, log);

  // The content check scans trigrams per text: at a million examples it would run for hours, so it
  // runs only when the library stayed at 100k (or when asked, BENCH_CONTENT_CHECK=1).
  const checkContent = process.env.BENCH_CONTENT_CHECK === '1' || Math.max(...library.map((l) => l.examples)) <= 100_000;
  if (checkContent) log('content check of bullet comments against that library…');
  const contentCheck = checkContent ? await benchContentCheck(database.db, { batches: 10, size: 200 }) : null;
  log(JSON.stringify(contentCheck));

  log('recognition model in-process (one core)…');
  const model = await benchModel();
  log(JSON.stringify(model));
  log('compliance: deciding 60 % of the cases, then the dashboard\'s 30 days and a month\'s report…');
  await seedDecisions(database.db);
  const compliance = await benchCompliance(database.db, { rounds: 10, rawRounds: 3 });
  log(JSON.stringify(compliance));

  log('the simulator as load: 4 platforms playing the pile-on at 30× through the route handlers…');
  const simulate = await benchSimulate(database, { clients: 4, duration: 300, rate: 2, speed: 30 });
  log(JSON.stringify(simulate));

  log('pre-check API, 1,000 items per request, through the route handler…');
  // Its own small database: the demo library's model, not one trained on the 100k-example bench library.
  const precheckDb = await freshBenchDatabase('bulwark_bench_precheck', 4);
  useDatabase(precheckDb);
  const precheck = await benchPrecheck(precheckDb.db).finally(() => precheckDb.close());
  log(JSON.stringify(precheck));
  log('early warning: detector quality on synthetic traffic…');
  const detectorQuality = measureDetectorQuality();
  log(`\n${qualityTable(detectorQuality)}`);

  log('signals through POST /api/v1/signals, beside a bare upsert of the same buckets…');
  const signalsDatabase = await freshBenchDatabase('bulwark_bench_signals', 8);
  const signals = await benchSignals(signalsDatabase).finally(() => signalsDatabase.close());
  log(JSON.stringify(signals));

  const result = {
    at: new Date().toISOString(),
    // The load average says how busy the machine was with other work while this ran.
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version,
      postgres: await serverVersion(), loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 10) / 10) },
    reports,
    claimsAtDatabase,
    claimsThroughNode,
    queuePage,
    queuePageUnderClaims,
    intake,
    library,
    contentCheck,
    model,
    compliance,
    simulate,
    precheck,
    detectorQuality,
    signals,
  };
  const dir = path.resolve('bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  log(`wrote ${path.relative(process.cwd(), file)}`);
} finally {
  await database.close();
}
