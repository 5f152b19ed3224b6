import { getDb } from '@/db/client';
import { endExpiredSanctions } from './expire';

type Holder = { __bulwarkSanctionExpiry?: ReturnType<typeof setInterval> };
const holder = globalThis as typeof globalThis & Holder;

/** One pass: ends what is due and says how many; never throws (a worker loop must survive a bad tick). */
export async function expiryTick(now = new Date()): Promise<number> {
  try {
    return await endExpiredSanctions(await getDb(), now);
  } catch (error) {
    console.warn(`[sanction expiry] pass failed: ${(error as Error).message}`);
    return 0;
  }
}

/**
 * Runs the expiry pass every `intervalMs` inside this process (once per process, across hot
 * reloads). Passes never overlap; the timer does not keep the process alive.
 */
export function startSanctionExpiry(intervalMs = 30_000): void {
  if (holder.__bulwarkSanctionExpiry) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await expiryTick();
    } finally {
      running = false;
    }
  };
  holder.__bulwarkSanctionExpiry = setInterval(tick, intervalMs);
  holder.__bulwarkSanctionExpiry.unref?.();
  void tick();
}
