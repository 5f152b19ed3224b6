/**
 * Runs `pass` now and again `intervalMs` after each pass ends, so passes of one loop never overlap
 * and a slow pass only delays its own loop. A failing pass is logged and the loop goes on (a worker
 * must survive a bad tick). The timer does not keep the process alive. `stop()` resolves once the
 * pass in flight, if any, has ended, so a worker can exit without cutting a transaction short.
 */
export function startLoop(name: string, pass: () => Promise<unknown>, intervalMs: number): () => Promise<void> {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const tick = () => {
    inFlight = (async () => {
      try {
        await pass();
      } catch (error) {
        console.warn(`[worker] ${name} failed: ${(error as Error).message}`);
      }
      if (stopped) return;
      timer = setTimeout(tick, intervalMs);
      timer.unref?.();
    })();
  };
  tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await inFlight;
  };
}
