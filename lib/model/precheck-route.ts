import { defineRoute } from '@/lib/api/route';
import { precheckTexts } from './precheck';
import { precheckInput } from './precheck-schema';

/**
 * POST /api/v1/precheck: up to 1,000 texts about to be published, each answered allow, remind, hold
 * or block with the model version that decided it. Held items are audited (they open cases); the
 * rest are answers, not changes, and record only their outcome.
 */
export const precheckRoute = defineRoute({
  name: 'model.precheck',
  input: precheckInput,
  async run({ tx, input, apiKey, actor, requestId, now, audit }) {
    const results = await precheckTexts(tx, input.items, { actor, apiKeyId: apiKey.id, requestId, now });
    const held = results.filter((r) => r.decision === 'hold');
    if (held.length) {
      audit({ action: 'model.precheck.hold', targetType: 'precheck', targetId: null, after: { items: held.map((h) => ({ id: h.id, caseId: h.caseId, score: h.score, categoryId: h.categoryId })) } });
    }
    return { results, modelVersion: results[0]?.modelVersion ?? null };
  },
});
