import { defineRoute } from '@/lib/api/route';
import { ingestSignals } from './ingest';
import { signalsInput } from './input';

/**
 * POST /api/v1/signals: counts from the platform (notice I.3), up to 10,000 a call. One audit row per
 * batch, not per signal: the signals are counts, the batch is what the platform did.
 */
export const receiveSignals = defineRoute({
  name: 'signals.receive',
  input: signalsInput,
  async run({ tx, input, now, apiKey, audit }) {
    const result = await ingestSignals(tx, input, now, apiKey.id);
    if (!result.replayed && result.accepted) {
      audit({ action: 'signals.receive', targetType: 'signal_batch', targetId: result.batchId, after: { accepted: result.accepted, buckets: result.buckets, rejected: result.rejected.length } });
    }
    return result;
  },
});
