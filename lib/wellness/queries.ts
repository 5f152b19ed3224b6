import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { staff, wellnessSettings } from '@/db/schema';
import { effectivePreference, type MediaPreference } from './media';

export type WellnessDefaults = { mediaPreference: MediaPreference; breakMinutes: number };
const fallback: WellnessDefaults = { mediaPreference: 'blur_all', breakMinutes: 50 };

/** The organisation's defaults (the migration writes the one row; the fallback covers its absence). */
export async function wellnessDefaults(db: Executor): Promise<WellnessDefaults> {
  const [row] = await db.select({ mediaPreference: wellnessSettings.mediaPreference, breakMinutes: wellnessSettings.breakMinutes })
    .from(wellnessSettings).where(eq(wellnessSettings.id, true));
  return row ?? fallback;
}

export type MemberWellness = { own: MediaPreference | null; preference: MediaPreference; defaults: WellnessDefaults };

/** How media is shown to this member, and the defaults it falls back on. */
export async function memberWellness(db: Executor, staffId: string): Promise<MemberWellness> {
  const [[me], defaults] = await Promise.all([
    db.select({ own: staff.mediaPreference }).from(staff).where(eq(staff.id, staffId)),
    wellnessDefaults(db),
  ]);
  const own = me?.own ?? null;
  return { own, preference: effectivePreference(own, defaults.mediaPreference), defaults };
}
