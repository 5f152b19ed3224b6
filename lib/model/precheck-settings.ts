import { z } from 'zod';
import { defaultRiskWeights, riskFactorNames, type RiskWeights } from './risk';

/**
 * Pre-check thresholds and risk weights: admin settings versioned with the standards (notice IV.1(1)).
 * A text's violation score is compared with three thresholds: at or above `remind` the author sees the
 * "speak reasonably" notice before posting, at `hold` it waits for human review (a case), at `block`
 * it is refused. Per category overrides apply over the defaults, per kind overrides over those.
 */
export const precheckKinds = ['post', 'comment', 'dm', 'bullet', 'video_title', 'profile'] as const;
export type PrecheckKind = (typeof precheckKinds)[number];
export const precheckDecisions = ['allow', 'remind', 'hold', 'block'] as const;
export type PrecheckDecision = (typeof precheckDecisions)[number];

const level = z.number().min(0).max(1.01);
export const thresholdsSchema = z.object({ remind: level, hold: level, block: level });
export type Thresholds = z.infer<typeof thresholdsSchema>;
const partial = thresholdsSchema.partial();

export const precheckSettingsSchema = z.object({
  thresholds: z.object({
    default: thresholdsSchema,
    byCategory: z.record(z.string().min(1).max(64), partial).default({}),
    byKind: z.partialRecord(z.enum(precheckKinds), partial).default({}),
  }),
  risk: z.object(Object.fromEntries(riskFactorNames.map((f) => [f, z.number().min(0).max(100)])) as Record<keyof RiskWeights, z.ZodNumber>),
});
export type PrecheckSettings = z.infer<typeof precheckSettingsSchema>;

// Block only the clearest: a calibrated 0.97 is wrong about once in thirty. Bullet comments fly past
// and cannot wait for a human, so they are never held (hold above 1), only reminded or blocked.
export const defaultPrecheckSettings: PrecheckSettings = {
  thresholds: {
    default: { remind: 0.5, hold: 0.8, block: 0.97 },
    byCategory: { self_harm: { hold: 0.6 } },
    byKind: { bullet: { hold: 1.01 } },
  },
  risk: defaultRiskWeights,
};

/** Settings read from the database, with anything missing or malformed taken from the defaults. */
export function settingsFrom(raw: unknown): PrecheckSettings {
  const parsed = precheckSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultPrecheckSettings;
}

export function thresholdsFor(settings: PrecheckSettings, kind: PrecheckKind, categoryId: string | null): Thresholds {
  const t = settings.thresholds;
  return { ...t.default, ...(categoryId ? t.byCategory[categoryId] : undefined), ...t.byKind[kind] };
}

/** The decision for one score: the highest threshold reached. */
export function decide(score: number, thresholds: Thresholds): PrecheckDecision {
  if (score >= thresholds.block) return 'block';
  if (score >= thresholds.hold) return 'hold';
  if (score >= thresholds.remind) return 'remind';
  return 'allow';
}

/** Problems with thresholds an admin entered, by field: each must rise from remind to hold to block. */
export function thresholdProblems(t: Partial<Thresholds>, path: string): Record<string, string[]> {
  const { remind, hold, block } = t;
  const problems: Record<string, string[]> = {};
  if (remind !== undefined && hold !== undefined && remind > hold) problems[`${path}.hold`] = ['below_remind'];
  if (hold !== undefined && block !== undefined && hold > block) problems[`${path}.block`] = ['below_hold'];
  return problems;
}
