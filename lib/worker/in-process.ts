import { getDb } from '@/db/client';
import { runTimedJobs, type TimedJobReport } from './timed-jobs';

type Holder = { __bulwarkTimedJobs?: ReturnType<typeof setInterval> };
const holder = globalThis as typeof globalThis & Holder;

/** One pass over the timed jobs; never throws (a worker loop must survive a bad tick). */
export async function timedJobsTick(now = new Date()): Promise<TimedJobReport> {
  try {
    return await runTimedJobs(await getDb(), now);
  } catch (error) {
    console.warn(`[worker] pass failed: ${(error as Error).message}`);
    return {};
  }
}

/**
 * Runs the timed jobs every `intervalMs` inside this process (once per process, across hot
 * reloads), for demo mode where no separate worker runs. Passes never overlap; the timer does not
 * keep the process alive.
 */
export function startTimedJobs(intervalMs = 30_000): void {
  if (holder.__bulwarkTimedJobs) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await timedJobsTick();
    } finally {
      running = false;
    }
  };
  holder.__bulwarkTimedJobs = setInterval(tick, intervalMs);
  holder.__bulwarkTimedJobs.unref?.();
  void tick();
}
