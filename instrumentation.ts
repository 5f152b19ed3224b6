// Runs once when the console's server process starts. In demo mode it also runs the background
// work a deployment gives to `npm run worker` (leases, sanctions and name rules running out, delivering the outbox), so `npm run dev` alone
// behaves like the whole system. Anything thrown here would stop the server: everything is caught.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  try {
    const { isDemoMode } = await import('./lib/demo/mode');
    if (!isDemoMode() && process.env.BULWARK_INPROCESS_WORKER !== '1') return;
    const { startTimedJobs } = await import('./lib/worker/in-process');
    startTimedJobs();
    const [{ startOutboxDelivery }, { getDb }] = await Promise.all([import('./lib/outbox/delivery'), import('./db/client')]);
    startOutboxDelivery(getDb);
  } catch (error) {
    console.warn(`[instrumentation] background work not started: ${(error as Error).message}`);
  }
}
