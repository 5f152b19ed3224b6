import { runTimedJobs } from '@/lib/worker/timed-jobs';
import { startOutboxDelivery } from '@/lib/outbox/delivery';
import { where, withAppDatabase } from './open-database';

// `npm run worker`: runs the timed jobs (sanctions and name rules running out; lib/worker/timed-jobs.ts)
// and delivers the outbox to the webhook. Several can run against one Postgres
// (rows are taken with SKIP LOCKED). In demo mode the console runs this loop itself
// (instrumentation.ts), and PGlite's data folder admits one process, so this is for Postgres.
const intervalMs = Number(process.env.WORKER_INTERVAL_MS ?? 30_000);
let stopping = false;
// A stop signal also cuts the wait between passes short, so stopping never takes a whole interval.
let wake = () => {};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { stopping = true; wake(); });

await withAppDatabase(async ({ db }) => {
  console.log(`Worker on ${where()}: timed jobs every ${intervalMs} ms, outbox delivery every 2 s.`);
  const stopDelivery = startOutboxDelivery(async () => db);
  while (!stopping) {
    const report = await runTimedJobs(db, new Date());
    const done = Object.entries(report).filter(([, n]) => n).map(([job, n]) => `${job}: ${n}`);
    if (done.length) console.log(`${new Date().toISOString()} ${done.join(', ')}`);
    await new Promise<void>((resolve) => { wake = resolve; setTimeout(resolve, intervalMs).unref(); });
    if (stopping) break;
  }
  stopDelivery();
});
console.log('Worker stopped.');
