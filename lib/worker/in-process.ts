import { getDb } from '@/db/client';
import { runTimedJobs, startWorkerLoops, type TimedJobReport } from './timed-jobs';

type Holder = { __bulwarkWorkerLoops?: () => Promise<void> };
const holder = globalThis as typeof globalThis & Holder;

/** One pass over every timed job on the app database; never throws. */
export async function timedJobsTick(now = new Date()): Promise<TimedJobReport> {
  try {
    return await runTimedJobs(await getDb(), now);
  } catch (error) {
    console.warn(`[worker] pass failed: ${(error as Error).message}`);
    return {};
  }
}

/**
 * Runs the worker's loops inside this process (once per process, across hot reloads), for demo
 * mode where no separate worker runs. Passes of one loop never overlap; the timers do not keep the
 * process alive.
 */
export function startTimedJobs(): void {
  holder.__bulwarkWorkerLoops ??= startWorkerLoops(getDb);
}
