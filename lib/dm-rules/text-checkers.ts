/**
 * Registration of the checker private-message texts go through (see ./text-check.ts); imported for
 * its effect by the dm-checks route. When lib/model/precheck.ts is on this branch, this one line
 * (uncommented) is all it takes:
 *
 *   registerTextChecker(async (db, items) => (await import('@/lib/model/precheck')).precheckTexts(db, items));
 */
import { registerTextChecker } from './text-check';

export {};
