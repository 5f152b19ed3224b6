import { startWorkerLoops, workerLoops } from '@/lib/worker/timed-jobs';
import { startOutboxDelivery } from '@/lib/outbox/delivery';
import { where, withAppDatabase } from './open-database';

// `npm run worker`: runs the timed jobs (leases, sanctions and name rules running out, the model;
// lib/worker/timed-jobs.ts) and delivers the outbox to the webhook. Several can run against one
// Postgres (rows are taken with SKIP LOCKED). In demo mode the console runs these loops itself
// (instrumentation.ts), and PGlite's data folder admits one process, so this is for Postgres.
const intervalMs = process.env.WORKER_INTERVAL_MS ? Number(process.env.WORKER_INTERVAL_MS) : undefined;
let stopRequested = () => {};
const stopSignal = new Promise<void>((resolve) => { stopRequested = resolve; });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopRequested());

await withAppDatabase(async ({ db }) => {
  const every = Object.entries(workerLoops).map(([loop, { everyMs }]) => `${loop} every ${intervalMs ?? everyMs} ms`).join(', ');
  console.log(`Worker on ${where()}: ${every}; outbox delivery every 2 s.`);
  const stopDelivery = startOutboxDelivery(async () => db);
  const stopLoops = startWorkerLoops(async () => db, {
    intervalMs,
    onPass: (report) => {
      const done = Object.entries(report).filter(([, n]) => n).map(([job, n]) => `${job}: ${n}`);
      if (done.length) console.log(`${new Date().toISOString()} ${done.join(', ')}`);
    },
  });
  // The loops' timers do not hold the process open (demo mode must be able to exit); this does, until a stop signal.
  const keepAlive = setInterval(() => {}, 1 << 30);
  await stopSignal;
  clearInterval(keepAlive);
  stopDelivery();
  await stopLoops();
});
console.log('Worker stopped.');
