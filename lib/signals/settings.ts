import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { earlyWarningSettings } from '@/db/schema';
import { defaultDetectorSettings, type DetectorSettings } from './detector';

/** The thresholds an admin may set, with the bounds that keep the detector meaningful. */
export const detectorSettingsInput = z.strictObject({
  halfLifeMinutes: z.coerce.number().min(5).max(10_080),
  floorRate: z.coerce.number().min(0.001).max(100),
  youngFloorRate: z.coerce.number().min(0.001).max(1000),
  warmupMinutes: z.coerce.number().int().min(0).max(10_080),
  knownStreamMinutes: z.coerce.number().int().min(0).max(43_200),
  newKeyMinutes: z.coerce.number().int().min(0).max(10_080),
  newKeyMinRate: z.coerce.number().min(0).max(100_000),
  designLift: z.coerce.number().min(1.1).max(100),
  dispersion: z.coerce.number().min(0.1).max(1000),
  threshold: z.coerce.number().min(0.5).max(1000),
  minRate: z.coerce.number().min(0).max(100_000),
  minLift: z.coerce.number().min(1).max(1000),
  minEvents: z.coerce.number().int().min(1).max(1_000_000),
  maxSurgeMinutes: z.coerce.number().int().min(10).max(100_000),
}) satisfies z.ZodType<DetectorSettings, unknown>;

export async function loadDetectorSettings(db: Executor): Promise<DetectorSettings> {
  const [row] = await db.select().from(earlyWarningSettings).where(eq(earlyWarningSettings.id, 1));
  if (!row) return defaultDetectorSettings;
  const parsed = detectorSettingsInput.partial().safeParse(row.settings);
  return { ...defaultDetectorSettings, ...(parsed.success ? parsed.data : {}) };
}
