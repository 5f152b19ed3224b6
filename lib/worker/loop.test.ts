import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLoop } from './loop';

afterEach(() => { vi.useRealTimers(); vi.restoreAllMocks(); });

describe('startLoop', () => {
  it('runs at once, then the interval after each pass ends, never two passes at once', async () => {
    vi.useFakeTimers();
    let running = 0;
    let most = 0;
    let passes = 0;
    const stop = startLoop('slow', async () => {
      running += 1;
      most = Math.max(most, running);
      passes += 1;
      await new Promise((resolve) => setTimeout(resolve, 250));
      running -= 1;
    }, 100);
    expect(passes).toBe(1);
    await vi.advanceTimersByTimeAsync(300); // pass 1 ends at 250; the next starts at 350
    expect(passes).toBe(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(passes).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(most).toBe(1);
    const stopping = stop();
    await vi.advanceTimersByTimeAsync(300);
    await stopping;
    const after = passes;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes).toBe(after);
  });

  it('goes on after a failing pass and names the loop in the warning', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let passes = 0;
    const stop = startLoop('flaky', async () => {
      passes += 1;
      if (passes === 1) throw new Error('connection reset');
    }, 50);
    await vi.advanceTimersByTimeAsync(120);
    expect(passes).toBe(3);
    expect(warn).toHaveBeenCalledWith('[worker] flaky failed: connection reset');
    await stop();
  });

  it('stop waits for the pass in flight', async () => {
    vi.useFakeTimers();
    let ended = false;
    const stop = startLoop('long', async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      ended = true;
    }, 1_000);
    let stopped = false;
    const stopping = stop().then(() => { stopped = true; });
    await vi.advanceTimersByTimeAsync(100);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    await stopping;
    expect(ended && stopped).toBe(true);
  });
});
