import type { BulletSample } from '@/db/schema';

/** How many intercepted bullet comments a room keeps as examples: enough to judge, never the whole chat. */
export const MAX_SAMPLES = 20;
const MAX_SAMPLE_CHARS = 500;

/** The newest intercepted bullets first, cut to MAX_SAMPLES; each text bounded too. */
export function mergeSamples(existing: readonly BulletSample[], fresh: readonly BulletSample[], max = MAX_SAMPLES): BulletSample[] {
  const newestFirst = [...fresh].reverse().map((s) => ({ ...s, text: s.text.slice(0, MAX_SAMPLE_CHARS) }));
  return [...newestFirst, ...existing].slice(0, max);
}
