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

/**
 * What must happen when a time passes, whether or not anyone is looking: timed sanctions end,
 * sections suspended by a lapsed name rule reopen, cases whose lease ran out go back to the queue.
 * Run by `npm run worker`, and in-process in demo mode. Each job is safe to run from several
 * workers at once. A failing job does not stop the others.
 */
export const timedJobs = {
  // First in every pass, before the slow jobs (retraining): cases whose claim lease ran out go back to
  // their queue (claim-next walks only unheld cases), so they are claimable within 60 s of expiring.
  leasesReleased: releaseExpiredLeases,
  sanctionsEnded: endExpiredSanctions,
  sectionsReopened: reopenLapsedSuspensions,
  // The surge detector works in event time: it ignores `now` (lib/signals/run-detector.ts).
  surgesDetected: (db: Db) => runDetector(db),
  protectionsEnded: endExpiredProtections,
  dmCountersPruned: pruneDmCounters,
  // Bookkeeping past its use: batch ids, buckets the detector has passed, rate-limit windows (in chunks).
  signalsPruned: pruneSignals,
  rateLimitWindowsPruned: pruneRateLimitWindows,
  // The library changed since the newest model version: train a candidate (never promoted here).
  modelRetrained: (db: Db) => retrainWhenLibraryChanged(db),
  // A model was promoted or rolled back, or standards published: rescore undecided cases a batch at a time.
  riskRescored: (db: Db) => refreshStaleRisk(db),
} satisfies Record<string, (db: Db, now: Date) => Promise<number>>;

export type TimedJobReport = Partial<Record<keyof typeof timedJobs, number>>;

export async function runTimedJobs(db: Db, now = new Date()): Promise<TimedJobReport> {
  const report: TimedJobReport = {};
  for (const [name, job] of Object.entries(timedJobs) as [keyof typeof timedJobs, (db: Db, now: Date) => Promise<number>][]) {
    try {
      report[name] = await job(db, now);
    } catch (error) {
      console.warn(`[worker] ${name} failed: ${(error as Error).message}`);
    }
  }
  return report;
}
