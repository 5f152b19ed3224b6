/**
 * Registration of the checker private-message texts go through (see ./text-check.ts); imported for
 * its effect by the dm-checks route. DM texts go through the same pre-check as posts (notice II.2).
 * With no promoted model the pre-check judges nothing, so its answers are dropped and the DM check
 * says `textChecked: false` rather than claiming a judgement that was not made.
 */
import { registerTextChecker } from './text-check';

registerTextChecker(async (db, items) => {
  const { precheckTexts } = await import('@/lib/model/precheck');
  return (await precheckTexts(db, items)).filter((answer) => answer.modelVersion !== null);
});

export {};
