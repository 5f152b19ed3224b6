import type { Db } from '@/db/client';
import { endExpiredSanctions } from '@/lib/sanctions/expire';
import { reopenLapsedSuspensions } from '@/lib/sections/lapsed-rules';
import { runDetector } from '@/lib/signals/run-detector';
import { endExpiredProtections } from '@/lib/protection/expire';
import { pruneDmCounters } from '@/lib/dm-rules/counters';
import { pruneSignals } from '@/lib/signals/prune';
import { pruneRateLimitWindows } from '@/lib/rate-limit/prune';
import { retrainWhenLibraryChanged } from '@/lib/model/retrain';
import { refreshStaleRisk } from '@/lib/model/risk-refresh';
import { releaseExpiredLeases } from '@/lib/reports/expire-leases';
import { startLoop } from './loop';

type Job = (db: Db, now: Date) => Promise<number>;

/**
 * What must happen when a time passes, whether or not anyone is looking, in three loops so that a
 * slow job only delays its own loop: a retrain over a large library must not keep a minor's case
 * held by a moderator who walked away. Run by `npm run worker`, and in-process in demo mode. Each
 * job is safe to run from several workers at once; a failing job does not stop the others.
 */
export const workerLoops = {
  // Cases whose claim lease ran out go back to their queue (claim-next walks only unheld cases):
  // every 15 s, so an expired lease is claimable again within 60 s even after a slow pass.
  leases: { everyMs: 15_000, jobs: { leasesReleased: releaseExpiredLeases } },
  clock: {
    everyMs: 30_000,
    jobs: {
      sanctionsEnded: endExpiredSanctions,
      sectionsReopened: reopenLapsedSuspensions,
      // The surge detector works in event time: it ignores `now` (lib/signals/run-detector.ts).
      surgesDetected: (db: Db) => runDetector(db),
      protectionsEnded: endExpiredProtections,
      dmCountersPruned: pruneDmCounters,
      // Bookkeeping past its use: batch ids, buckets the detector has passed, rate-limit windows (in chunks).
      signalsPruned: pruneSignals,
      rateLimitWindowsPruned: pruneRateLimitWindows,
    },
  },
  model: {
    everyMs: 60_000,
    jobs: {
      // The library changed since the newest model version: train a candidate (never promoted here).
      modelRetrained: (db: Db) => retrainWhenLibraryChanged(db),
      // A model was promoted or rolled back, or standards published: rescore undecided cases a batch at a time.
      riskRescored: (db: Db) => refreshStaleRisk(db),
    },
  },
} satisfies Record<string, Loop>;

type Loops = typeof workerLoops;
type JobName = { [L in keyof Loops]: keyof Loops[L]['jobs'] }[keyof Loops];
export type TimedJobReport = Partial<Record<JobName, number>>;

type Loop = { everyMs: number; jobs: Record<string, Job> };

async function runJobs(jobs: Record<string, Job>, db: Db, now: Date, report: Record<string, number>): Promise<void> {
  for (const [name, job] of Object.entries(jobs)) {
    try {
      report[name] = await job(db, now);
    } catch (error) {
      console.warn(`[worker] ${name} failed: ${(error as Error).message}`);
    }
  }
}

/** One pass over every loop's jobs, in order (tests, and the in-process tick). */
export async function runTimedJobs(db: Db, now = new Date()): Promise<TimedJobReport> {
  const report: Record<string, number> = {};
  for (const loop of Object.values(workerLoops)) await runJobs(loop.jobs, db, now, report);
  return report as TimedJobReport;
}

/**
 * Starts every loop on its own timer; `onPass` hears what each pass did (the worker logs it).
 * `intervalMs` overrides every loop's interval (WORKER_INTERVAL_MS); `loops` replaces the loops
 * (tests). Returns stop(), which waits for passes in flight.
 */
export function startWorkerLoops(
  db: () => Promise<Db>,
  options: { intervalMs?: number; onPass?: (report: TimedJobReport) => void; loops?: Record<string, Loop> } = {},
): () => Promise<void> {
  const loops: Record<string, Loop> = options.loops ?? workerLoops;
  const stops = Object.entries(loops).map(([name, loop]) => startLoop(name, async () => {
    const report: Record<string, number> = {};
    await runJobs(loop.jobs, await db(), new Date(), report);
    options.onPass?.(report as TimedJobReport);
  }, options.intervalMs ?? loop.everyMs));
  return async () => { await Promise.all(stops.map((stop) => stop())); };
}
